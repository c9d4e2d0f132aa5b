import { fields, managerPitch, forwardableBlurb } from './packages/core/src/index.ts';
function setPath(target: any, path: string[], value: unknown) { let node = target; for (const key of path.slice(0, -1)) { node[key] ??= {}; node = node[key]; } node[path[path.length - 1]!] = value; }
const run = (kind: any, b: any, input: any, texts: string[], tail: string) => {
const tf = fields(kind).filter((f: any) => f.type === 'text' || f.type === 'textarea');
const wild = structuredClone(input); tf.forEach((f: any, i: number) => setPath(wild, f.path, texts[i]));
console.log(tf.map((f: any) => f.path.join('.')));
(wild as any).proof = [`Cut churn by 30% ${tail}`];
try { const d = b(wild); console.log(d.text); console.log(d.report.findings.filter((f: any) => f.severity === 'error')); } catch (e: any) { console.log('refused', e.message); }
};
run('managerPitch', managerPitch, {"sender":{"name":"Sam","email":"a@example.com"},"manager":{"name":"Sam"},"company":"Acme","role":"Payments Engineer","hook":"your team is rebuilding checkout","proof":["Launched the new billing API"],"offer":"bring the same playbook to checkout","tone":"warm","screenedOut":false},["a","a","a","aa","al","本","a","/"],"aa");
