import { describe, expect, it } from 'vitest';
import { isSafeHref } from './schema-names';

describe('isSafeHref', () => {
  it.each([
    'https://dienbien.gov.vn',
    'http://example.com/a?b=c#d',
    'HTTPS://EXAMPLE.COM',
    'mailto:banbientap@example.com',
    'tel:+842153825000',
    '  https://example.com  ',
  ])('allows %j', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https:',
    'https:/x',
    'http://',
    'mailto:',
    '//example.com',
    '/relative/path',
    'example.com',
    '',
    '   ',
    'https://exa mple.com',
    'https://example.com/\u0000',
    `https://example.com/${'a'.repeat(2_100)}`,
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});
