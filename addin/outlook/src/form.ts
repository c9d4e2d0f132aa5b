/** What the pane's form holds, by field name (`proof` is a list). */
export type Values = Record<string, string | string[]>;
