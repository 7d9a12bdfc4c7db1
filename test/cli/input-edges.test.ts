import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/core/rules/index';
import type { Rule } from '../../src/core/rule';
import type { ReportDocument } from '../../src/core/types';
import { inDirectory, mkfifo, run, sampleReport, tempDir } from './helpers';

const sample = readFileSync(sampleReport, 'utf8');

describe('cli check: input edges', () => {
  it('a whitespace-only file is exit 2 like an empty one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blank.md'), ' \n\t\r\n\u3000\n');
    const r = await run(['check', join(dir, 'blank.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /blank\.md：只有空白，没有可检查的内容/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('a UTF-32 file is refused by its BOM, not read as UTF-16', async () => {
    const dir = tempDir();
    const codePoints = [...'\ufeff法治政府建设\n'].map((c) => c.codePointAt(0)!);
    const utf32le = Buffer.alloc(4 * codePoints.length);
    codePoints.forEach((c, k) => utf32le.writeUInt32LE(c, 4 * k));
    const utf32be = Buffer.from(utf32le).swap32();
    writeFileSync(join(dir, 'le.txt'), utf32le);
    writeFileSync(join(dir, 'be.txt'), utf32be);
    for (const name of ['le.txt', 'be.txt']) {
      const r = await run(['check', join(dir, name)]);
      assert.equal(r.code, 2, name);
      assert.match(r.stderr, /是 UTF-32 编码，不支持；请另存为 UTF-8/);
      assert.doesNotMatch(r.stderr, /UTF-16/);
    }
  });

  it('a FIFO named like a report inside a directory is passed over, not waited on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), sample);
    mkfifo(join(dir, 'b.md'));
    const r = await run(['check', '--format', 'json', dir]);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join(dir, 'a.txt')]);
  });

  it('`--` ends the options: a file named -x.md after it is a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '-x.md'), sample);
    await inDirectory(dir, async () => {
      const asOption = await run(['check', '-x.md']);
      assert.equal(asOption.code, 2);
      assert.match(asOption.stderr, /未知选项“-x”/);
      const asFile = await run(['check', '--format', 'json', '--', '-x.md']);
      assert.equal(asFile.code, 1, asFile.stderr);
      assert.equal(JSON.parse(asFile.stdout).files[0].path, '-x.md');
      const help = await run(['check', '--', '--help']);
      assert.equal(help.code, 2, 'after --, --help is a file name');
      assert.match(help.stderr, /--help：文件不存在/);
      const exported = await run(['export', '--to', 'html', '--', '-x.md']);
      assert.equal(exported.code, 0, exported.stderr);
      assert.equal(exported.stdout, '-x.html\n');
    });
  });

  it('file names with a newline or other control characters are quoted in text output', async () => {
    const dir = tempDir();
    const name = 'a\nb\x1b[31m.txt';
    writeFileSync(join(dir, name), sample);
    writeFileSync(join(dir, 'c\r.txt'), ' \n');
    const r = await run(['check', dir]);
    assert.equal(r.code, 2);
    const quoted = JSON.stringify(join(dir, name));
    for (const line of r.stdout.split('\n').filter(Boolean)) {
      assert.ok(line.startsWith(quoted) || /^共 \d+ 个问题/.test(line), `unquoted line: ${JSON.stringify(line)}`);
    }
    assert.match(r.stdout, /\\nb\\u001b\[31m\.txt":\d+:\d+ error /);
    assert.doesNotMatch(r.stdout + r.stderr, /\x1b/);
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), [`fazhi-report：${JSON.stringify(join(dir, 'c\r.txt'))}：只有空白，没有可检查的内容`]);
    const json = await run(['check', '--format', 'json', join(dir, name)]);
    assert.equal(JSON.parse(json.stdout).files[0].path, join(dir, name), 'JSON carries the name as it is');
    const exported = await run(['export', join(dir, name), '--to', 'html']);
    assert.equal(exported.stdout, `${JSON.stringify(join(dir, 'a\nb\x1b[31m.html'))}\n`);
  });

  it('a .fazhirc.json over 1 MB is refused with a clear message', async () => {
    const dir = tempDir();
    const big = JSON.stringify({ words: Array.from({ length: 120_000 }, (_, k) => `词语${k}`) });
    assert.ok(big.length > 1024 * 1024);
    writeFileSync(join(dir, '.fazhirc.json'), big);
    writeFileSync(join(dir, 'r.txt'), sample);
    const found = await run(['check', join(dir, 'r.txt')]);
    assert.match(found.stderr, /配置文件 .*\.fazhirc\.json 过大，超过 1 MB 上限，未读取/);
    const named = await run(['check', '--config', join(dir, '.fazhirc.json'), join(dir, 'r.txt')]);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /过大，超过 1 MB 上限/);
  });
});

describe('cli check: one bad file never drops the others', () => {
  const trigger = '触发测试用内部错误';
  const throwing: Rule = {
    id: 'test/throws', codes: ['test/throws'], meta: { description: 'test' },
    check(doc: ReportDocument) {
      if (doc.text.includes(trigger)) throw new Error('测试用规则出错');
      return [];
    },
  } as unknown as Rule;
  // A finding without a span breaks the sorting after the rules ran: an error outside any rule.
  const broken: Rule = {
    id: 'test/broken', codes: ['test/broken'], meta: { description: 'test' },
    check(doc: ReportDocument) {
      return doc.text.includes('损坏的结果') ? [{ code: 'test/broken', severity: 'error', message: 'x', fixes: [], related: [] }] : [];
    },
  } as unknown as Rule;

  // The rules are added in this process: --jobs 1 keeps the check in it (batch workers load the registry afresh).
  before(() => allRules.push(throwing, broken));
  after(() => allRules.splice(allRules.indexOf(throwing), 2));

  it('a rule that throws on one file: reported for it on stderr, exit 2, the other files still print', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), sample);
    writeFileSync(join(dir, 'b.txt'), `${sample}\n${trigger}\n`);
    writeFileSync(join(dir, 'c.txt'), sample);
    const r = await run(['check', '--jobs', '1', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /b\.txt：规则 test\/throws 内部错误，该规则未检查：测试用规则出错/);
    for (const name of ['a.txt', 'b.txt', 'c.txt']) assert.match(r.stdout, new RegExp(`${name}:\\d+:\\d+ error figure/sum`));
    assert.match(r.stdout, /检查了 3 个文件，1 个文件无法检查或未检查完整$/m);
  });

  it('an error outside the rules on one file: that file is reported, the others print', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), sample);
    writeFileSync(join(dir, 'b.txt'), `${sample}\n损坏的结果\n`);
    writeFileSync(join(dir, 'c.txt'), sample);
    for (const format of ['text', 'json']) {
      const r = await run(['check', '--jobs', '1', '--format', format, dir]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /b\.txt：检查时出错，未完成：/);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      if (format === 'json') assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), [join(dir, 'a.txt'), join(dir, 'c.txt')]);
      else assert.match(r.stdout, /c\.txt:\d+:\d+ error/);
    }
  });
});

describe('cli check: options through parseArgs', () => {
  it('long, --flag=value and short forms all work', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'off.json'), JSON.stringify({ rules: { structure: 'off', meta: 'off', figure: 'off', number: 'off', punctuation: 'off' } }));
    for (const args of [['--format', 'json'], ['--format=json'], ['-f', 'json'], ['-fjson']]) {
      const r = await run(['check', ...args, sampleReport]);
      assert.equal(JSON.parse(r.stdout).files.length, 1, args.join(' '));
    }
    for (const args of [['--config', join(dir, 'off.json')], [`--config=${join(dir, 'off.json')}`], ['-c', join(dir, 'off.json')]]) {
      const r = await run(['check', ...args, sampleReport]);
      assert.equal(r.code, 0, args.join(' '));
    }
    const lenient = await run(['check', '--rounding=lenient', '--profile', 'department', '--no-config', sampleReport]);
    assert.equal(lenient.code, 1, lenient.stderr);
  });

  it('the last of --color and --no-color wins', async () => {
    assert.match((await run(['check', '--no-color', '--color', sampleReport])).stdout, /\x1b\[/);
    assert.doesNotMatch((await run(['check', '--color', '--no-color', sampleReport])).stdout, /\x1b\[/);
  });

  it('usage errors: exit 2, a Chinese line naming the argument, and the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--format'], /--format 后应跟输出格式 text、json、sarif、github、checkstyle、junit/],
      [['--format=', 'a.md'], /--format 后应跟输出格式/],
      [['-f', '--json', 'a.md'], /-f 后应跟输出格式 text、json、.*（以“-”开头的值请写成 --format=--json）/],
      [['--format', 'xml', 'a.md'], /--format 应为 text、json、sarif、github、checkstyle、junit 之一，而不是“xml”/],
      [['--no-config=yes', 'a.md'], /--no-config 不带取值/],
      [['--bogus', 'a.md'], /未知选项“--bogus”/],
      [['-z', 'a.md'], /未知选项“-z”/],
      [['--profile', 'city', 'a.md'], /profile/],
      [[], /缺少要检查的文件/],
    ];
    for (const [args, message] of cases) {
      const r = await run(['check', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^fazhi-report check：/);
      assert.match(r.stderr, message, args.join(' '));
      assert.match(r.stderr, /用法 \/ Usage:/);
      assert.equal(r.stdout, '');
    }
  });

  it('export keeps its flags: -t, -o, -f and --output=', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.txt'), sample);
    assert.equal((await run(['export', join(dir, 'r.txt'), '-t', 'html', '-o', join(dir, 'x.html')])).code, 0);
    assert.equal((await run(['export', join(dir, 'r.txt'), '--to=html', `--output=${join(dir, 'x.html')}`, '-f'])).code, 0);
    const r = await run(['export', join(dir, 'r.txt'), '--to', 'html', '--force=yes']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--force 不带取值/);
    assert.ok(readFileSync(join(dir, 'x.html'), 'utf8').startsWith('<!DOCTYPE html>'));
  });
});

describe('cli check: output edges', () => {
  it('a reader that closes the pipe early (`check … | head -1`) ends the run quietly', async () => {
    const { spawn } = await import('node:child_process');
    const dir = tempDir();
    for (let k = 0; k < 40; k++) writeFileSync(join(dir, `r${k}.txt`), sample);
    const main = join(__dirname, '..', '..', 'src', 'cli', 'main.ts');
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', main, 'check', '--format', 'json', '--jobs', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.doesNotMatch(stderr, /EPIPE|Unhandled|at /);
    assert.notEqual(code, 2);
  });
});
