import { describe, expect, it } from 'vitest';
import { parseServerArgs } from '../../../src/server/parse-args';

describe('parseServerArgs', () => {
  it('defaults to loopback, port 1234 and ./slant-data', () => {
    expect(parseServerArgs([])).toEqual({
      help: false,
      options: {
        port: 1234,
        host: '127.0.0.1',
        dataDir: './slant-data',
        distDir: 'dist',
        tls: undefined,
        redisUrl: undefined,
      },
    });
  });

  it('reads every option', () => {
    const parsed = parseServerArgs([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--data',
      '/srv/slant',
      '--cert',
      'c.pem',
      '--key',
      'k.pem',
      '--redis',
      'redis://10.0.0.2:6379',
      '--dist',
      'build',
    ]);
    expect(parsed).toEqual({
      help: false,
      options: {
        port: 0,
        host: '0.0.0.0',
        dataDir: '/srv/slant',
        distDir: 'build',
        tls: { cert: 'c.pem', key: 'k.pem' },
        redisUrl: 'redis://10.0.0.2:6379',
      },
    });
  });

  it('says what is wrong', () => {
    expect(() => parseServerArgs(['--port', '99999'])).toThrow(/--port/);
    expect(() => parseServerArgs(['--cert', 'c.pem'])).toThrow(/--cert and --key/);
    expect(() => parseServerArgs(['--redis', 'localhost'])).toThrow(/redis:\/\//);
    expect(() => parseServerArgs(['--bogus'])).toThrow();
    expect(parseServerArgs(['--help'])).toEqual({ help: true });
  });
});
