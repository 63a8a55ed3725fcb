import { markdownToSafeHtml } from './markdown';

describe('Markdown the team writes, shown', () => {
  it('renders emphasis, lists, links, code and tables', () => {
    const html = markdownToSafeHtml('**Checkout** was _slow_:\n\n- an index was missing\n- see [the runbook](https://wiki.example/rb)\n\n`orders`\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<strong>Checkout</strong>');
    expect(html).toContain('<em>slow</em>');
    expect(html).toContain('<li>an index was missing</li>');
    expect(html).toContain('<a href="https://wiki.example/rb">the runbook</a>');
    expect(html).toContain('<code>orders</code>');
    expect(html).toContain('<td>2</td>');
  });

  it.each([
    ['a script', '<script>alert(1)</script>hello', /<script/],
    ['an event handler', '<img src="x" onerror="alert(1)">', /onerror/],
    ['a javascript: link', '[click](javascript:alert(1))', /javascript:/],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', /<iframe/],
  ])('removes %s', (_, text, forbidden) => expect(markdownToSafeHtml(text)).not.toMatch(forbidden));
});
