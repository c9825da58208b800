import { portalHtml } from '../html';

/**
 * The national portal's page shell, trimmed from the saved pages: the same `<head>` title and
 * meta, the same outer classes. Stylesheets and the portal's scripts are left out (they would
 * only 404 here); readers depend on the body markup, which the page modules copy.
 */
export function nationalPage(body: string, script = ''): string {
  return `<!DOCTYPE html>
<html>

<head>
    <meta charset="UTF-8" />
    <title>${portalHtml('Cổng Dịch vụ công Quốc gia')}</title>
    <meta content="width=device-width, initial-scale=1" name="viewport" id="viewport" />
    <meta name="description"
        content="${portalHtml('Cổng Dịch vụ công Quốc gia hỗ trợ thông tin, đăng ký thủ tục hành chính')}" />
    <meta content="IE=edge" http-equiv="X-UA-Compatible" />
    <meta content="index, follow" name="ROBOTS" />
</head>

<body>
${body}
${script ? `    <script>\n${script}\n    </script>\n` : ''}</body>

</html>
`;
}

/** One breadcrumb trail (labels are plain text, links relative like the portal's). */
export function breadcrumb(items: [label: string, href: string][]): string {
  return `<ul class="breadcrumb">
${items.map(([label, href]) => `                    <li><a href="${href}">${portalHtml(label)}</a></li>`).join('\n')}
                </ul>`;
}

/** "Không có thông tin", what the portal prints for an empty field. */
export const NO_INFO = portalHtml('Không có thông tin');
