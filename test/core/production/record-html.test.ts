import { describe, expect, it } from 'vitest';
import { markdownHtml } from '../../../core/production/markdown-html';
import { emailHtml, textHtml } from '../../../core/production/record-html';

describe('the HTML records are printed from', () => {
  it('text keeps every character, markup included, as text', () => {
    const html = textHtml('t', 'a <script>alert(1)</script> & "b"\nline two');
    expect(html).toContain('a &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;b&#34;\nline two');
    expect(html).not.toContain('<script>');
    expect(html).toContain('@page { size: Letter; margin: 1in; }');
  });

  it('an email shows From, Sent, To, Cc, Subject and its attachments above the body', () => {
    const html = emailHtml(
      {
        from: 'A <a@x>',
        to: 'B <b@x>',
        cc: 'C <c@x>',
        date: 'Tue, 4 Mar 2025',
        subject: 'Memo',
        attachments: ['memo.pdf'],
      },
      'Body',
    );
    const order = ['From:', 'Sent:', 'To:', 'Cc:', 'Subject:', 'Attachments:', 'Body'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toContain('A &#60;a@x&#62;');
  });

  it('an email without copies has no Cc line', () => {
    const html = emailHtml({ from: 'A', to: 'B', cc: '', date: 'd', subject: 's', attachments: [] }, 'x');
    expect(html).not.toContain('Cc:');
  });

  it('Markdown: headings, numbered lists, tables and links keep their meaning; raw HTML is printed as text', () => {
    const html = markdownHtml(
      'm',
      '---\ntitle: Policy\n---\n# Policy 4\n\n3. third\n4. fourth\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n[site](https://x.example) <b>raw</b>',
    );
    expect(html).toContain('<pre>---\ntitle: Policy\n---</pre>');
    expect(html).toContain('<h1>Policy 4</h1>');
    expect(html).toContain('<ol start="3"><li>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('site (https://x.example)');
    expect(html).toContain('&#60;b&#62;');
  });
});
