/** One letter of the test corpus, with what a careful reader finds in it. */
export interface Letter {
  id: string;
  /** The published letter or template this one is modelled on (situation and structure only). */
  source: string;
  text: string;
  expect: {
    isRejection: boolean;
    company?: string;
    role?: string;
    senderName?: string;
    isRecruiter?: boolean;
  };
}
