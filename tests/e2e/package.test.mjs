// pkg/ from wasm-pack is a usable npm package: it says what it is, carries
// its licence and README, and its TypeScript types describe the options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

test('pkg/ is a complete npm package', () => {
  const meta = JSON.parse(readFileSync('pkg/package.json', 'utf8'));
  assert.equal(meta.license, 'MIT');
  assert.match(meta.description, /Pakistan/);
  assert.equal(meta.types, 'pk_it_exports.d.ts');
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: 'pkg', encoding: 'utf8' }));
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ['LICENSE', 'README.md', 'package.json', 'pk_it_exports.d.ts', 'pk_it_exports.js', 'pk_it_exports_bg.wasm']) {
    assert.ok(files.includes(f), `${f} in the package`);
  }
});

test('the TypeScript types accept real use and reject mistakes', () => {
  execFileSync('node_modules/.bin/tsc', ['--noEmit', '--strict', '--target', 'esnext', '--module', 'esnext',
    '--moduleResolution', 'bundler', '--lib', 'esnext,dom', 'tests/pkg/usage.ts'], { encoding: 'utf8' });
});
