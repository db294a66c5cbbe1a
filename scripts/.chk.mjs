import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
const dir = '/work/wt-15/content/checks/';
let pos = [0,0,0,0,0], L=0, S=0, N=0, exp=0;
for (const f of readdirSync(dir)) {
  const c = parse(readFileSync(dir+f,'utf8'));
  const row = [];
  for (const q of c.questions) {
    const lens = q.options.map(o=>o.text.length);
    const ci = q.options.findIndex(o=>o.correct);
    pos[ci]++; N++; exp += 1/lens.length;
    const longest = lens.every((l,i)=>i===ci||l<lens[ci]); const shortest = lens.every((l,i)=>i===ci||l>lens[ci]);
    if (longest) L++; if (shortest) S++;
    const ratio = (Math.max(...lens)/Math.min(...lens)).toFixed(2);
    row.push(`${ci}${longest?'L':shortest?'S':''}(${ratio})`);
  }
  console.log(f.padEnd(40), row.join(' '));
}
console.log('positions', pos, 'N', N, 'longest', L, 'shortest', S, 'expected', exp.toFixed(1));
