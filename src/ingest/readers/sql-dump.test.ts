import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSqlDumpParser, looksLikeSqlDump } from './sql-dump.js';
import type { RecordSink } from './types.js';

type Call = ['table', string, readonly string[] | null] | ['row', number, readonly (string | null)[]] | ['skip', number, string];

/** Parses `dump` fed in chunks of `size` characters (all at once by default) and lists the sink calls. */
function parse(dump: string, size = dump.length || 1): Call[] {
  const calls: Call[] = [];
  const sink: RecordSink = {
    table: (name, columns) => calls.push(['table', name, columns === null ? null : [...columns]]),
    row: (values, line) => calls.push(['row', line, [...values]]),
    record: () => assert.fail('an SQL dump has no keyed records'),
    text: () => assert.fail('an SQL dump has no free text'),
    skip: (line, reason) => calls.push(['skip', line, reason]),
  };
  const parser = createSqlDumpParser(sink);
  for (let i = 0; i < dump.length; i += size) parser.write(dump.slice(i, i + size));
  parser.end();
  return calls;
}

const rowsOf = (calls: Call[]) => calls.filter((call) => call[0] === 'row').map((call) => call[2]);
const skipsOf = (calls: Call[]) => calls.filter((call) => call[0] === 'skip');

/** Every skip reason the reader gives: short fixed phrases, never a piece of the input. */
const REASON = new RegExp(
  `^(?:${[
    'not SQL',
    'unterminated string',
    'unterminated row',
    'empty value',
    'unexpected text between rows',
    'value over 1 MiB',
    'row over 16 MiB',
    'statement over 1 MiB',
    'unreadable INSERT',
    'unsupported COPY format',
    'expected \\d+ values, found \\d+',
  ].join('|')})$`,
);

/** Reproducible pseudo-random numbers (no real personal data anywhere in these tests). */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

/** A synthetic user row: id, name, phone, email, note; the notes hold quotes, backslashes and separators. */
function user(id: number, next: () => number): (string | null)[] {
  const notes = [null, 'plain', "it's", 'back\\slash', 'a),(b;c', 'line\nbreak', 'tab\there', 'quote"d', ''];
  const phone = `13${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
  return [String(id), `user${id}`, phone, `user${id}@example.test`, notes[Math.floor(next() * notes.length)]];
}

const MYSQL_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0', '\x1a': '\\Z' };

/** MySQL's escaping, as mysqldump writes it. */
function mysqlQuote(value: string | null): string {
  if (value === null) return 'NULL';
  return `'${value.replace(/[\\'"\n\r\t\0\x1a]/g, (c) => MYSQL_ESCAPES[c] ?? `\\${c}`)}'`;
}

function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? '\\\\');
}

const USERS_DDL = [
  'CREATE TABLE `users` (',
  '  `id` int NOT NULL AUTO_INCREMENT,',
  "  `name` varchar(64) NOT NULL DEFAULT '' COMMENT 'shown name, (display)',",
  '  `phone` varchar(20) DEFAULT NULL,',
  '  `email` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,',
  '  `note` text,',
  '  PRIMARY KEY (`id`),',
  '  UNIQUE KEY `uk_email` (`email`),',
  '  KEY `idx_phone` (`phone`) USING BTREE,',
  '  CONSTRAINT `fk_x` FOREIGN KEY (`id`) REFERENCES `other` (`id`)',
  ') ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4;',
].join('\n');
const USERS_COLUMNS = ['id', 'name', 'phone', 'email', 'note'];

function mysqlDump(rows: (string | null)[][], perStatement: number): string {
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const tuples = rows.slice(i, i + perStatement).map((row) => `(${row.map((v, k) => (k === 0 ? v : mysqlQuote(v))).join(',')})`);
    statements.push(`INSERT INTO \`users\` VALUES ${tuples.join(',')};`);
  }
  return [
    '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)',
    '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;',
    '/*!40101 SET NAMES utf8mb4 */;',
    'DROP TABLE IF EXISTS `users`;',
    USERS_DDL,
    'LOCK TABLES `users` WRITE;',
    '/*!40000 ALTER TABLE `users` DISABLE KEYS */;',
    ...statements,
    '/*!40000 ALTER TABLE `users` ENABLE KEYS */;',
    'UNLOCK TABLES;',
    '',
  ].join('\n');
}

function pgDump(rows: (string | null)[][]): string {
  return [
    '--',
    '-- PostgreSQL database dump',
    '--',
    "SET statement_timeout = 0;",
    "SET standard_conforming_strings = on;",
    "SELECT pg_catalog.set_config('search_path', '', false);",
    '\\connect shop',
    'CREATE TABLE public.users (',
    '    id integer NOT NULL,',
    '    name character varying(64),',
    '    phone character varying(20),',
    '    email text,',
    '    note text',
    ');',
    'COPY public.users (id, name, phone, email, note) FROM stdin;',
    ...rows.map((row) => row.map(copyField).join('\t')),
    '\\.',
    '',
    'ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
    '',
  ].join('\n');
}

const SAMPLE = Array.from({ length: 40 }, (_, i) => user(i + 1, random(7 + i)));

interface Case {
  name: string;
  dump: string;
  expected: Call[];
}

const CASES: Case[] = [
  {
    name: 'mysqldump: columns from CREATE TABLE (not its keys), rows of an extended INSERT, the rest passed over',
    dump: mysqlDump(SAMPLE.slice(0, 3), 3),
    expected: [['table', 'users', USERS_COLUMNS], ...SAMPLE.slice(0, 3).map((row): Call => ['row', 18, row])],
  },
  {
    name: 'explicit column lists, INSERT IGNORE, REPLACE INTO, modifiers, schema-qualified names',
    dump: [
      'INSERT INTO users (id, phone) VALUES (1,\'p1\');',
      'INSERT IGNORE INTO `shop`.`users` (`id`,`phone`) VALUES (2,\'p2\');',
      'REPLACE INTO users (id, phone) VALUES (3,\'p3\');',
      'INSERT LOW_PRIORITY IGNORE INTO users(id,phone)VALUES(4,\'p4\');',
      'REPLACE `users` VALUE (5,\'p5\');',
    ].join('\n'),
    expected: [
      ['table', 'users', ['id', 'phone']],
      ['row', 1, ['1', 'p1']],
      ['row', 2, ['2', 'p2']],
      ['row', 3, ['3', 'p3']],
      ['row', 4, ['4', 'p4']],
      ['table', 'users', null],
      ['row', 5, ['5', 'p5']],
    ],
  },
  {
    name: 'a statement over many lines: each tuple has the line it starts on; raw newlines in strings count',
    dump: "INSERT INTO t (a, b)\nVALUES\n  (1, 'x'),\n  (2, 'two\nlines'),\n\n  (3,\n   'y');\n",
    expected: [
      ['table', 't', ['a', 'b']],
      ['row', 3, ['1', 'x']],
      ['row', 4, ['2', 'two\nlines']],
      ['row', 7, ['3', 'y']],
    ],
  },
  {
    name: 'MySQL string escapes, doubled quotes and double-quoted strings',
    dump: `INSERT INTO t VALUES ('a\\'b','a\\"b','a\\\\b','a\\nb','a\\rb','a\\tb','a\\0b','a\\Zb','a\\bb','it''s',"say ""hi""",'\\%\\_','\\q');`,
    expected: [
      ['table', 't', null],
      ['row', 1, ["a'b", 'a"b', 'a\\b', 'a\nb', 'a\rb', 'a\tb', 'a\0b', 'a\x1ab', 'a\bb', "it's", 'say "hi"', '\\%\\_', 'q']],
    ],
  },
  {
    name: 'numbers as their text, NULL in any case, keywords, hex, bit and introduced literals',
    dump:
      "INSERT INTO t VALUES (0,-12,3.5,-1.25e-3,NULL,null,TRUE,DEFAULT," +
      "0x3133383030313338303030,X'414243',0xDEADBEEF00,_binary 0x41,_utf8mb4'h\\u00e9',_binary 'raw',N'n',b'0101',x'00ff');",
    expected: [
      ['table', 't', null],
      ['row', 1, ['0', '-12', '3.5', '-1.25e-3', null, null, 'TRUE', 'DEFAULT']
        .concat(['13800138000', 'ABC', '0xDEADBEEF00', 'A', 'hu00e9', 'raw', 'n', '0101', '0x00ff'])],
    ],
  },
  {
    name: 'strings holding ),( ; and comment markers stay whole',
    dump: "INSERT INTO t VALUES (1,'a),(b'),(2,'c;d -- e /* f */'),(3,'#g');\nINSERT INTO t VALUES (4,'h');",
    expected: [
      ['table', 't', null],
      ['row', 1, ['1', 'a),(b']],
      ['row', 1, ['2', 'c;d -- e /* f */']],
      ['row', 1, ['3', '#g']],
      ['row', 2, ['4', 'h']],
    ],
  },
  {
    name: 'comments between statements and between tuples; ON DUPLICATE KEY UPDATE is passed over',
    dump: [
      '-- a comment (with parens);',
      '# a MySQL comment',
      '/* a block',
      "   comment with 'quote */",
      'INSERT INTO t VALUES /* before */ (1), -- after',
      '(2) /* between */ , (3)',
      "ON DUPLICATE KEY UPDATE a = VALUES(a), b = 'x;y';",
      'INSERT INTO t VALUES (4);',
    ].join('\n'),
    expected: [
      ['table', 't', null],
      ['row', 5, ['1']],
      ['row', 6, ['2']],
      ['row', 6, ['3']],
      ['row', 8, ['4']],
    ],
  },
  {
    name: 'the table is announced when it changes, again when its columns change',
    dump: ['a VALUES (1)', 'a VALUES (2)', 'b VALUES (3)', 'a (x) VALUES (4)', 'a (x) VALUES (5)'].map((s) => `INSERT INTO ${s};`).join('\n'),
    expected: [
      ['table', 'a', null],
      ['row', 1, ['1']],
      ['row', 2, ['2']],
      ['table', 'b', null],
      ['row', 3, ['3']],
      ['table', 'a', ['x']],
      ['row', 4, ['4']],
      ['row', 5, ['5']],
    ],
  },
  {
    name: 'CREATE TABLE variants: quoted key-like names, generated columns, IF NOT EXISTS, TEMPORARY, qualified names',
    dump: [
      'CREATE TABLE IF NOT EXISTS `db`.`t1` (`key` int, `index` int, `full` varchar(9) GENERATED ALWAYS AS (concat(`key`,`index`)) ' +
        'VIRTUAL, FULLTEXT KEY `ft` (`full`), INDEX (`key`), CHECK (`key` > 0));',
      'CREATE TEMPORARY TABLE t2 (a int, b decimal(10,2), CONSTRAINT c UNIQUE (a));',
      'CREATE TABLE t3 LIKE t2;',
      'CREATE VIEW v AS SELECT 1;',
      'INSERT INTO t1 VALUES (1,2,3);',
      'INSERT INTO T2 VALUES (4,5.5);',
      'INSERT INTO t3 VALUES (6);',
    ].join('\n'),
    expected: [
      ['table', 't1', ['key', 'index', 'full']],
      ['row', 5, ['1', '2', '3']],
      ['table', 'T2', ['a', 'b']],
      ['row', 6, ['4', '5.5']],
      ['table', 't3', null],
      ['row', 7, ['6']],
    ],
  },
  {
    name: 'pg_dump: COPY with \\N, escapes, octal and hex bytes as UTF-8, columns from the COPY line',
    dump: [
      'SET standard_conforming_strings = on;',
      'COPY public.users (id, phone, email) FROM stdin;',
      '1\t\\N\ta@example.test',
      '2\tt\\tn\\nb\\\\r\\r\tcaf\\303\\251 \\xe2\\x82\\xac \\101\\x42',
      '3\t\\Nx\t\\b\\f\\v\\q',
      '\\.',
      'COPY public.empty (a) FROM stdin;',
      '\\.',
      'INSERT INTO public.users VALUES (4, \'after\', NULL);',
    ].join('\n'),
    expected: [
      ['table', 'users', ['id', 'phone', 'email']],
      ['row', 3, ['1', null, 'a@example.test']],
      ['row', 4, ['2', 't\tn\nb\\r\r', 'café € AB']],
      ['row', 5, ['3', 'Nx', '\b\f\vq']],
      ['table', 'users', null],
      ['row', 9, ['4', 'after', null]],
    ],
  },
  {
    name: 'pg_dump: COPY without a column list takes CREATE TABLE columns; CRLF lines; a full pg_dump header',
    dump: pgDump(SAMPLE.slice(0, 2))
      .replace('COPY public.users (id, name, phone, email, note)', 'COPY public.users')
      .replace(/(\t[^\n]*)\n/g, '$1\r\n'),
    expected: [['table', 'users', USERS_COLUMNS], ...SAMPLE.slice(0, 2).map((row, i): Call => ['row', 16 + i, row])],
  },
  {
    name: 'pg INSERTs: standard strings keep backslashes, E-strings read them, casts, quoted names, ON CONFLICT',
    dump: [
      'SET standard_conforming_strings = on;',
      'CREATE TABLE public.t (key text, "Index" integer, "check" text, exclude text, EXCLUDE USING gist (key WITH =));',
      "INSERT INTO \"public\".\"t\" (\"key\", \"Index\") VALUES ('C:\\dir', 1), (E'a\\'b\\n\\x41\\101\\u00e9\\U0001F600', 2), " +
        "('it''s'::text, 3), ('{1,2}'::integer[], 4) ON CONFLICT DO NOTHING;",
      "INSERT INTO public.t VALUES ('k', 1, 'c', 'e');",
      "INSERT INTO public.t VALUES (NULL::text, 1::integer, '2'::character varying, ARRAY['a', 'b']);",
    ].join('\n'),
    expected: [
      ['table', 't', ['key', 'Index']],
      ['row', 3, ['C:\\dir', '1']],
      ['row', 3, ["a'b\nAAé😀", '2']],
      ['row', 3, ["it's", '3']],
      ['row', 3, ['{1,2}', '4']],
      ['table', 't', ['key', 'Index', 'check', 'exclude']],
      ['row', 4, ['k', '1', 'c', 'e']],
      ['row', 5, [null, '1', '2', 'ARRAY[a, b]']],
    ],
  },
  {
    name: 'pg function bodies in $$ or $tag$ quotes are passed over, INSERTs inside them too',
    dump: [
      'CREATE FUNCTION public.f() RETURNS trigger',
      '    LANGUAGE plpgsql',
      '    AS $$',
      'BEGIN',
      "INSERT INTO log VALUES (NEW.id, 'x;y');",
      'RETURN NEW;',
      'END;',
      '$$;',
      'CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $x$ $body$ LANGUAGE sql;',
      'INSERT INTO t VALUES (1);',
    ].join('\n'),
    expected: [
      ['table', 't', null],
      ['row', 10, ['1']],
    ],
  },
  {
    name: 'SQLite .dump: PRAGMA means standard strings; double-quoted names; KEY may name a column',
    dump: [
      'PRAGMA foreign_keys=OFF;',
      'BEGIN TRANSACTION;',
      'CREATE TABLE "users" (id INTEGER PRIMARY KEY, key TEXT, path TEXT);',
      "INSERT INTO \"users\" VALUES(1,'k','C:\\tmp\\new');",
      'COMMIT;',
    ].join('\n'),
    expected: [
      ['table', 'users', ['id', 'key', 'path']],
      ['row', 4, ['1', 'k', 'C:\\tmp\\new']],
    ],
  },
  {
    name: 'mysqldump routines and triggers: DELIMITER lines, versioned comments',
    dump: [
      'DELIMITER ;;',
      '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER `tr` AFTER INSERT ON `t` FOR EACH ROW BEGIN',
      '  INSERT INTO `log` VALUES (NEW.id); END */;;',
      'DELIMITER ;',
      'INSERT INTO `t` VALUES (1);',
    ].join('\n'),
    expected: [
      ['table', 't', null],
      ['row', 5, ['1']],
    ],
  },
  {
    name: 'an empty tuple holds nothing; function-call values come out as their text',
    dump: "INSERT INTO t VALUES ();\nINSERT INTO t VALUES (ST_GeomFromText('POINT(1 2)'), CONCAT('a', 'b'), 'x' 'y', NOW());",
    expected: [
      ['table', 't', null],
      ['row', 2, ['ST_GeomFromText(POINT(1 2))', 'CONCAT(a, b)', 'xy', 'NOW()']],
    ],
  },
  {
    name: 'SQL Server scripts: GO batches without ;, bracketed names, N and CAST literals',
    dump: [
      'USE [shop]',
      'GO',
      '/****** Object:  Table [dbo].[users]    Script Date: 1/2/2020 ******/',
      'SET ANSI_NULLS ON',
      'GO',
      'CREATE TABLE [dbo].[users](',
      '\t[id] [int] NOT NULL,',
      '\t[phone] [nvarchar](20) NULL,',
      '\t[created] [datetime] NULL,',
      ' CONSTRAINT [PK_users] PRIMARY KEY CLUSTERED ([id] ASC) ON [PRIMARY]',
      ') ON [PRIMARY]',
      'GO',
      'SET IDENTITY_INSERT [dbo].[users] ON ',
      'GO',
      "INSERT [dbo].[users] ([id], [phone], [created]) VALUES (1, N'p1', CAST(N'2019-03-05T00:00:00.000' AS DateTime))",
      'GO',
      'INSERT [dbo].[users] VALUES (2, NULL, CAST(12.50 AS Decimal(18, 2)))',
      'GO',
    ].join('\n'),
    expected: [
      ['table', 'users', ['id', 'phone', 'created']],
      ['row', 15, ['1', 'p1', '2019-03-05T00:00:00.000']],
      ['row', 17, ['2', null, 'CAST(12.50 AS Decimal(18, 2))']],
    ],
  },
  // malformed input
  {
    name: 'a string still open at the end of the input: the rows before it stay',
    dump: "INSERT INTO t VALUES (1,'a'),(2,'b\nINSERT INTO t VALUES (3,'c');\n",
    expected: [
      ['table', 't', null],
      ['row', 1, ['1', 'a']],
      ['skip', 1, 'unterminated string'],
    ],
  },
  {
    name: 'bad text between tuples is skipped once and reading goes on at the next tuple',
    dump: [
      "INSERT INTO t VALUES (1,'a') junk (2,'b'),,(3,'c'),",
      '\x00\x01\x02 garbage \ufffd\ufffd',
      "(4,'d') 'stray' , (5,'e');",
      "INSERT INTO t VALUES (6,'f');",
    ].join('\n'),
    expected: [
      ['table', 't', null],
      ['row', 1, ['1', 'a']],
      ['skip', 1, 'unexpected text between rows'],
      ['row', 1, ['2', 'b']],
      ['skip', 1, 'unexpected text between rows'],
      ['row', 1, ['3', 'c']],
      ['skip', 2, 'unexpected text between rows'],
      ['row', 3, ['4', 'd']],
      ['skip', 3, 'unexpected text between rows'],
      ['row', 3, ['5', 'e']],
      ['row', 4, ['6', 'f']],
    ],
  },
  {
    name: 'a tuple with the wrong number of values, or an empty one, is skipped',
    dump: [
      USERS_DDL,
      "INSERT INTO users VALUES (1,'a','p','e','n'),(2,'b','p'),(3,'c','p','e','n',6),(4,'d','p','e','n');",
      "INSERT INTO users (id, name) VALUES (5), (6, 'f'), (7,,'g'), (8, );",
      'COPY users (id, name) FROM stdin;',
      '9',
      '10\tj',
      '\\.',
    ].join('\n'),
    expected: [
      ['table', 'users', USERS_COLUMNS],
      ['row', 12, ['1', 'a', 'p', 'e', 'n']],
      ['skip', 12, 'expected 5 values, found 3'],
      ['skip', 12, 'expected 5 values, found 6'],
      ['row', 12, ['4', 'd', 'p', 'e', 'n']],
      ['skip', 13, 'expected 2 values, found 1'],
      ['table', 'users', ['id', 'name']],
      ['row', 13, ['6', 'f']],
      ['skip', 13, 'empty value'],
      ['skip', 13, 'empty value'],
      ['skip', 15, 'expected 2 values, found 1'],
      ['row', 16, ['10', 'j']],
    ],
  },
  {
    name: 'a tuple that never closes ends at the ; and the next statement is read',
    dump: "INSERT INTO t VALUES (1,'a'),(2,(('b');\nINSERT INTO t VALUES (3,'c');",
    expected: [
      ['table', 't', null],
      ['row', 1, ['1', 'a']],
      ['skip', 1, 'unterminated row'],
      ['row', 2, ['3', 'c']],
    ],
  },
  {
    name: 'text that is not SQL is skipped a line at a time; capitalised prose is no keyword',
    dump: "Hello, these are the leaked rows\nUpdate: more below\n\x00\x01binary\ufffd\n42 is a number\n'quoted'\nINSERT INTO t VALUES (1);\n-x\n",
    expected: [
      ['skip', 1, 'not SQL'],
      ['skip', 2, 'not SQL'],
      ['skip', 3, 'not SQL'],
      ['skip', 4, 'not SQL'],
      ['skip', 5, 'not SQL'],
      ['table', 't', null],
      ['row', 6, ['1']],
      ['skip', 7, 'not SQL'],
    ],
  },
  {
    name: 'a statement that lost its ; ends where an INSERT starts a line',
    dump: [
      'SET NAMES utf8mb4',
      'LOCK TABLES t WRITE',
      'INSERT INTO t VALUES (1),(2)',
      'INSERT INTO u VALUES (3);',
      'CREATE TABLE v (a int, b int)',
      'INSERT INTO v VALUES (4,5);',
    ].join('\n'),
    expected: [
      ['table', 't', null],
      ['row', 3, ['1']],
      ['row', 3, ['2']],
      ['table', 'u', null],
      ['row', 4, ['3']],
      ['table', 'v', ['a', 'b']],
      ['row', 6, ['4', '5']],
    ],
  },
  {
    name: 'COPY: a line cut at the end of the input is skipped; CSV data is skipped whole',
    dump: 'COPY t (a, b) FROM stdin WITH (FORMAT csv);\n"1","x"\n\\.\nCOPY t (a, b) FROM stdin;\n1\tx\n2\ty',
    expected: [
      ['skip', 1, 'unsupported COPY format'],
      ['table', 't', ['a', 'b']],
      ['row', 5, ['1', 'x']],
      ['skip', 6, 'unterminated row'],
    ],
  },
];

describe('createSqlDumpParser', () => {
  for (const { name, dump, expected } of CASES) {
    it(name, () => {
      assert.deepEqual(parse(dump), expected);
    });
  }

  it('gives the same calls whatever the chunk boundaries, for every case', () => {
    for (const { name, dump, expected } of CASES) {
      for (const size of [1, 2, 3, 7, 64]) assert.deepEqual(parse(dump, size), expected, `${name}, chunks of ${size}`);
    }
  });

  it('reads generated mysqldump and pg_dump files of every chunk size alike', () => {
    const rows = Array.from({ length: 300 }, (_, i) => user(i + 1, random(1000 + i)));
    for (const dump of [mysqlDump(rows, 25), pgDump(rows)]) {
      const whole = parse(dump);
      assert.deepEqual(rowsOf(whole), rows);
      assert.deepEqual(skipsOf(whole), []);
      for (const size of [1, 2, 3, 7, 64, 4099]) assert.deepEqual(parse(dump, size), whole, `chunks of ${size}`);
    }
  });

  it('never loses or damages a row before the point where a dump is cut', () => {
    const rows = SAMPLE.slice(0, 4);
    const dump = `${mysqlDump(rows, 2)}${pgDump(rows)}SET standard_conforming_strings = off;\nINSERT INTO t (a) VALUES (E'x\\ty'), ('z');\n`;
    const full = parse(dump).filter((call) => call[0] !== 'skip');
    assert.equal(rowsOf(full).length, 10);
    let before = 0;
    for (let cut = 0; cut <= dump.length; cut++) {
      const calls = parse(dump.slice(0, cut), 13);
      const out = calls.filter((call) => call[0] !== 'skip');
      assert.deepEqual(out, full.slice(0, out.length), `cut at ${cut}`);
      const count = rowsOf(out).length;
      assert.ok(count >= before, `cut at ${cut} lost a row`);
      before = count;
      for (const [, , reason] of skipsOf(calls)) assert.match(reason, REASON);
    }
    assert.equal(before, 10);
  });

  it('reads 50,000 tuples on one line', () => {
    const tuples = Array.from({ length: 50_000 }, (_, i) => `(${i},'name${i}','13${String(i).padStart(9, '0')}',NULL,-${i}.5)`);
    const calls = parse(`${USERS_DDL}\nINSERT INTO users VALUES ${tuples.join(',')};\n`, 65536);
    const rows = rowsOf(calls);
    assert.equal(rows.length, 50_000);
    assert.deepEqual(rows[0], ['0', 'name0', '13000000000', null, '-0.5']);
    assert.deepEqual(rows[49_999], ['49999', 'name49999', '13000049999', null, '-49999.5']);
    assert.ok(calls.every((call) => call[0] !== 'row' || call[1] === 12));
  });

  it('passes over binary junk between statements and keeps every row around it', () => {
    const rows = SAMPLE.slice(0, 20);
    const clean = mysqlDump(rows, 1);
    const next = random(42);
    const junk = () => new TextDecoder().decode(Uint8Array.from({ length: 3000 }, () => Math.floor(next() * 256)));
    const dirty = clean.split('\n').map((line) => (line.startsWith('INSERT') ? `${line}\n${junk()}` : line)).join('\n');
    const calls = parse(dirty, 1000);
    assert.deepEqual(rowsOf(calls), rows);
    assert.ok(skipsOf(calls).length >= 20, 'junk lines are reported');
    for (const [, , reason] of skipsOf(calls)) assert.equal(reason, 'not SQL');
  });

  describe('bounds hostile input', () => {
    it('a string that never closes is skipped once, past the value bound, without keeping it', () => {
      const calls = parse(`INSERT INTO t VALUES (1,'ok');\nINSERT INTO t VALUES (2,'${'x'.repeat(3 << 20)}`, 65536);
      assert.deepEqual(calls, [
        ['table', 't', null],
        ['row', 1, ['1', 'ok']],
        ['skip', 2, 'value over 1 MiB'],
      ]);
    });

    it('a string of escapes or doubled quotes alone is bounded too', () => {
      for (const piece of ['\\n', "''", '\\\\']) {
        const calls = parse(`INSERT INTO t VALUES ('${piece.repeat(1_100_000)}'),('ok');`, 65536);
        assert.deepEqual(calls, [['skip', 1, 'value over 1 MiB'], ['table', 't', null], ['row', 1, ['ok']]], piece);
      }
    });

    it("two million '(' are skipped, and the statement after them is read", () => {
      const calls = parse(`INSERT INTO t VALUES ${'('.repeat(2_000_000)};\nINSERT INTO t VALUES (1,'ok');`, 65536);
      assert.deepEqual(calls, [
        ['skip', 1, 'value over 1 MiB'],
        ['table', 't', null],
        ['row', 2, ['1', 'ok']],
      ]);
    });

    it('a row over 16 MiB is skipped and the next row read', () => {
      const big = `'${'y'.repeat(1 << 20)}'`;
      const calls = parse(`INSERT INTO t VALUES (${Array(17).fill(big).join(',')}),(2,'ok');`, 1 << 20);
      assert.deepEqual(calls, [
        ['skip', 1, 'row over 16 MiB'],
        ['table', 't', null],
        ['row', 1, ['2', 'ok']],
      ]);
    });

    it('a COPY field over 1 MiB is skipped and the next line read', () => {
      const calls = parse(`COPY t (a, b) FROM stdin;\n1\t${'z'.repeat((1 << 20) + 1)}\n2\tok\n\\.\n`, 65536);
      assert.deepEqual(calls, [
        ['skip', 2, 'value over 1 MiB'],
        ['table', 't', ['a', 'b']],
        ['row', 3, ['2', 'ok']],
      ]);
    });

    it('a statement head over 1 MiB is skipped to its end', () => {
      const columns = Array.from({ length: 120_000 }, (_, i) => `column_${i}`).join(', ');
      const calls = parse(`INSERT INTO t (${columns}) VALUES (1);\nINSERT INTO t VALUES (2);`, 65536);
      assert.deepEqual(calls, [
        ['skip', 1, 'statement over 1 MiB'],
        ['table', 't', null],
        ['row', 2, ['2']],
      ]);
    });
  });

  it('never quotes the input in a skip reason', () => {
    const secret = 'SECRET13800138000';
    const dumps = [
      ...CASES.map((c) => c.dump.replace(/\d/g, '7')),
      `INSERT INTO t VALUES ('${secret}`,
      `INSERT INTO t VALUES (1,'${secret}') ${secret} (2);`,
      `${secret}\nINSERT INTO t (a) VALUES ('${secret}', '${secret}');`,
      `COPY t (a) FROM stdin;\n${secret}\t${secret}\n${secret}`,
      `INSERT INTO t VALUES ((('${secret}';`,
    ];
    let skips = 0;
    for (const dump of dumps) {
      for (const [, , reason] of skipsOf(parse(dump, 5))) {
        skips++;
        assert.match(reason, REASON);
        assert.ok(!reason.includes('SECRET') && !reason.includes('777'), reason);
      }
    }
    assert.ok(skips >= 20);
  });

  it('survives random SQL-ish fragments: no throw, same calls in any chunks, fixed reasons', () => {
    const pieces = [
      'INSERT INTO t VALUES ', 'INSERT INTO `u` (a,b) VALUES ', 'COPY t (a, b) FROM stdin;\n', '\\.\n',
      'CREATE TABLE t (a int, b int);', '(', ')', ',', ';', "'", "''", "\\'", '\\', '"', '`', '\n', '\r\n', '\t', '\\N',
      '-- c\n', '/*', '*/', '#', '$$', '$a$', 'NULL', '0x41', "E'", 'abc', '12', ' ', 'ON CONFLICT',
      'SET standard_conforming_strings = on;', '\0', '\ufffd', '\\303', '\\x4', "X'", '_binary ', 'GO\n', 'VALUES', '[',
    ];
    const next = random(2024);
    for (let round = 0; round < 400; round++) {
      let dump = '';
      for (let k = Math.floor(next() * 40); k > 0; k--) dump += pieces[Math.floor(next() * pieces.length)];
      const whole = parse(dump);
      for (const [, , reason] of skipsOf(whole)) assert.match(reason, REASON);
      for (const size of [1, 3]) assert.deepEqual(parse(dump, size), whole, JSON.stringify(dump));
    }
  });

  it('ignores writes after end and empty chunks', () => {
    const calls: Call[] = [];
    const parser = createSqlDumpParser({
      table: (name, columns) => calls.push(['table', name, columns]),
      row: (values, line) => calls.push(['row', line, values]),
      record: () => {},
      text: () => {},
      skip: (line, reason) => calls.push(['skip', line, reason]),
    });
    parser.write('');
    parser.write('INSERT INTO t VALUES (1)');
    parser.end();
    parser.write(',(2);');
    parser.end();
    assert.deepEqual(calls, [
      ['table', 't', null],
      ['row', 1, ['1']],
    ]);
  });

  // A hand-run throughput check on 100 MB of a 5-column users table, not a timed test:
  // SQL_DUMP_BENCH=1 node --import tsx --test --test-name-pattern=throughput src/ingest/readers/sql-dump.test.ts
  it('throughput', { skip: !process.env.SQL_DUMP_BENCH }, () => {
    const rows = Array.from({ length: 2000 }, (_, i) => user(i + 1, random(i)));
    const mysql = mysqlDump(rows, 200).split('\n').filter((line) => line.startsWith('INSERT')).join('\n');
    const pg = pgDump(rows).split('\n').slice(15, 15 + rows.length).join('\n');
    for (const [label, body, head] of [
      ['mysqldump INSERT', mysql, `${USERS_DDL}\n`],
      ['pg_dump COPY', pg, 'COPY users (id, name, phone, email, note) FROM stdin;\n'],
    ] as const) {
      const copies = Math.ceil(100e6 / body.length);
      const text = `${head}${Array(copies).fill(body).join('\n')}\n`;
      for (let run = 0; run < 3; run++) {
        let count = 0;
        const parser = createSqlDumpParser({ table: () => {}, row: () => count++, record: () => {}, text: () => {}, skip: () => {} });
        const start = performance.now();
        const cpu = process.cpuUsage();
        for (let i = 0; i < text.length; i += 65536) parser.write(text.slice(i, i + 65536));
        parser.end();
        const used = process.cpuUsage(cpu);
        // the smaller of wall and CPU time, as bench/throughput.ts: a busy machine stretches the wall time
        const seconds = Math.min(performance.now() - start, (used.user + used.system) / 1000) / 1000;
        console.log(`${label}: ${(text.length / 1e6 / seconds).toFixed(0)} MB/s, ${(count / seconds / 1e6).toFixed(2)} M rows/s`);
        assert.equal(count, copies * rows.length);
      }
    }
  });
});

describe('looksLikeSqlDump', () => {
  const cases: [string, boolean][] = [
    ['-- MySQL dump 10.13  Distrib 8.0.36\n--\n', true],
    ['-- MariaDB dump 10.19\n', true],
    ['--\n-- PostgreSQL database dump\n--\n', true],
    ['-- phpMyAdmin SQL Dump\n-- version 5.2.1\n', true],
    ['/*\n Navicat Premium Data Transfer\n\n Source Server Type    : MySQL\n*/\n', true],
    ['PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a);', true],
    ['insert into users values (1);', true],
    ['REPLACE INTO `t` VALUES (1);', true],
    ['INSERT IGNORE INTO t VALUES (1);', true],
    ['COPY public.users (id, phone) FROM stdin;\n1\t2\n', true],
    ['COPY users FROM stdin;', true],
    ['id,phone,email\n1,13800138000,a@example.test\n', false],
    ['{"insert": "into", "table": "create"}', false],
    ['Please insert the disk into the drive.', false],
    ['', false],
    [`${'x'.repeat(2000)}\nINSERT INTO t VALUES (1);`, false],
  ];
  for (const [head, expected] of cases) {
    it(`${expected ? 'knows' : 'rejects'} ${JSON.stringify(head.slice(0, 40))}`, () => assert.equal(looksLikeSqlDump(head), expected));
  }
});
