import { describe, expect, it } from 'vitest';
import { LINK_REL, markdownToText, renderMarkdown } from './markdown';

/** OWASP XSS filter-evasion cheat sheet payloads, in Markdown link form and raw. */
const JS_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#x0A;script:alert(1)',
  'java&#x0D;script:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
  'javascript&colon;alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)',
  '\\u006Aavascript:alert(1)',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  '//evil.example/x',
  '/relative/path',
];

const RAW_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=javascript:alert(&quot;XSS&quot;)>',
  '<img src=x onerror=alert(1)>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<svg/onload=alert(1)>',
  '<BODY ONLOAD=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:image/svg+xml;base64,PHN2Zz4=">',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
  "\\\";alert('XSS');//",
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  '<DIV STYLE="background-image: url(javascript:alert(1))">',
  '<details open ontoggle=alert(1)>',
  '[click](https://ok.example/"onmouseover="alert(1))',
  '[click](https://ok.example/ "title\\" onmouseover=\\"alert(1)")',
  '![x](https://ok.example/x.png" onerror="alert(1))',
  '![x](javascript:alert(1))',
  '<https://ok.example/"onclick="alert(1)>',
  '<javascript:alert(1)>',
  '``<script>alert(1)</script>``',
  '```\n<script>alert(1)</script>\n```',
  '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
];

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** Every tag in the output is harmless and every attribute is one we expect, with a safe value. */
function assertSafe(html: string): void {
  for (const match of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    expect(ALLOWED_TAGS, `tag <${tag}> in ${html}`).toContain(tag);
    const attributes = [...(match[2] ?? '').matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(
      (a) => [a[1] ?? '', a[2] ?? ''] as const,
    );
    for (const [name, value] of attributes) {
      if (tag === 'a' && name === 'href') expect(value).toMatch(/^(https?:\/\/|mailto:)/i);
      else if (tag === 'a' && (name === 'rel' || name === 'title')) continue;
      else if ((tag === 'td' || tag === 'th') && name === 'style')
        expect(value).toMatch(/^text-align:(left|right|center)$/);
      else if (tag === 'code' && name === 'class') expect(value).toMatch(/^language-[\w-]+$/);
      else if (tag === 'ol' && name === 'start') expect(value).toMatch(/^\d+$/);
      else throw new Error(`unexpected attribute ${name} on <${tag}> in ${html}`);
    }
  }
  expect(html).not.toMatch(/<script|<img|<svg|<iframe|<style|<object|<embed|<meta|<body|<details/i);
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown', () => {
    expect(renderMarkdown('**Fixed** the `api`.\n\n- one\n- two')).toBe(
      '<p><strong>Fixed</strong> the <code>api</code>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n',
    );
  });

  it('turns single line breaks into <br> (staff type messages, not documents)', () => {
    expect(renderMarkdown('a\nb')).toBe('<p>a<br>\nb</p>\n');
  });

  it(`gives every link rel="${LINK_REL}"`, () => {
    expect(
      renderMarkdown(
        '[status](https://status.example.com) and https://example.com/x and mail ops@example.com',
      ),
    ).toBe(
      `<p><a href="https://status.example.com" rel="${LINK_REL}">status</a> and <a href="https://example.com/x" rel="${LINK_REL}">https://example.com/x</a> and mail <a href="mailto:ops@example.com" rel="${LINK_REL}">ops@example.com</a></p>\n`,
    );
  });

  it.each(JS_URLS)('never makes a link of %j', (url) => {
    for (const source of [`[click](${url})`, `[click][r]\n\n[r]: ${url}`, `<${url}>`, url]) {
      const html = renderMarkdown(source);
      assertSafe(html);
      expect(html).not.toContain('<a ');
    }
  });

  it.each(RAW_PAYLOADS)('escapes %j', (payload) => {
    assertSafe(renderMarkdown(payload));
  });

  it('shows images as links rather than loading them', () => {
    expect(renderMarkdown('![diagram](https://example.com/d.png)')).toBe(
      `<p>!<a href="https://example.com/d.png" rel="${LINK_REL}">diagram</a></p>\n`,
    );
  });
});

describe('markdownToText', () => {
  it('drops markup and cuts long text with an ellipsis', () => {
    expect(markdownToText('# Title\n\n**Bold** [link](https://x.example) `code`\nnext')).toBe(
      'Title Bold link code next',
    );
    expect(markdownToText('one two three four', 9)).toBe('one two…');
  });

  it('keeps escaped HTML as text', () => {
    expect(markdownToText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
