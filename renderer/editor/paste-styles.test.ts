import { describe, expect, it } from 'vitest';
import { neutralizeInlineStyles } from './paste-styles';

describe('pasted inline styles', () => {
  it('renames style attributes, keeping their declarations', () => {
    expect(neutralizeInlineStyles('<p class=MsoNormal style="margin:0;font-family:VNI-Times">Chào</p>')).toBe(
      '<p class=MsoNormal data-pasted-style="margin:0;font-family:VNI-Times">Chào</p>',
    );
    expect(neutralizeInlineStyles("<li STYLE='mso-list:l0 level1 lfo1'>a</li>")).toBe("<li data-pasted-style='mso-list:l0 level1 lfo1'>a</li>");
    expect(neutralizeInlineStyles('<span style=color:red>x</span>')).toBe('<span data-pasted-style=color:red>x</span>');
  });

  it('turns <style> blocks into inert templates', () => {
    expect(neutralizeInlineStyles('<style>@list l0 {mso-level-text:"%1."}</style><p>x</p>')).toBe(
      '<template data-pasted-css>@list l0 {mso-level-text:"%1."}</template><p>x</p>',
    );
  });

  it('leaves text, other attributes, quoted ">" and comments alone', () => {
    const html = '<a href="/x?style=1" title="a > b" data-style="k">style="not an attribute"</a><!-- <p style="x"> -->';
    expect(neutralizeInlineStyles(html)).toBe(html);
    expect(neutralizeInlineStyles('a < b and 3<4')).toBe('a < b and 3<4');
  });

  it('is linear on a long hostile run', () => {
    const html = '<p ' + 'a'.repeat(200_000) + ' style="x"';
    const start = performance.now();
    expect(neutralizeInlineStyles(html)).toContain('data-pasted-style="x"');
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
