import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pitchInput } from './helpers/fixtures';

const root = join(__dirname, '..');

describe('precompiled templates', () => {
  test('should be up to date with src/templates/*.hbs', () => {
    const script = `import('./scripts/compile-templates.mjs').then((m) => process.stdout.write(m.generate()))`;
    const fresh = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(fresh).toBe(readFileSync(join(root, 'src', 'templates', 'compiled.ts'), 'utf8'));
  });
});

describe('the built package', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js')))
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'ignore' });
  }, 60_000);

  test('should draft and check with code generation from strings disallowed (CSP)', () => {
    const script = `
      const core = await import('@sidedoor/core');
      try { new Function('return 1'); console.log('eval allowed'); process.exit(2); } catch {}
      const input = JSON.parse(process.argv[1]);
      const kinds = ['managerPitch', 'introRequest', 'forwardableBlurb', 'followUp', 'callScript', 'linkedinNote', 'thankYou'];
      const extra = { contact: { name: 'Dana Kim' }, relationship: 'worked together', connection: 'worked with Sam', help: 'meeting', update: 'I cut costs 30%' };
      for (const kind of kinds) if (!core.build(kind, { ...input, ...extra }).report.ready) process.exit(3);
      console.log(core.check('Hi Sam, TODO').ready);`;
    const result = spawnSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script, JSON.stringify(pitchInput)],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('false');
    expect(result.status).toBe(0);
  });

  test('should point its exports at dist for consumers', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: { '.': Record<string, string> };
    };
    expect(pkg.exports['.']).toEqual({
      '@sidedoor/source': './src/index.ts',
      types: './dist/index.d.ts',
      default: './dist/index.js',
    });
    expect(existsSync(join(root, pkg.exports['.'].types!))).toBe(true);
  });
});
