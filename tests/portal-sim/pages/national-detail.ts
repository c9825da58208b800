import type { PortalEntry } from '../dataset';
import { dashedDate, escapeHtml, portalHtml, variantHtml } from '../html';
import { levelText } from '../listing-query';
import { breadcrumb, NO_INFO, nationalPage } from './layout';

/**
 * The full detail page (`dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=<numeric id>`),
 * modelled on procedure-detail-full-3.000001.html: a summary column (h1, "Cách thức thực
 * hiện", "Thành phần hồ sơ", "Trình tự thực hiện") and the `#popupChitietTTHC` record, rows of
 * `div.row.info-row` = `div.key` label + value, with the same labels, tables and entity style.
 * What the real page fills in by script (steps, requirements) is rendered in place.
 */
export function renderNationalDetail(entry: PortalEntry): string {
  const f = entry.fields;
  const name = variantHtml(f.name, entry.nameVariant);
  const methodsRows = f.methods
    .map(
      (m) => `                                <tr>
                                    <td data-title="${portalHtml('Hình thức nộp')}">${portalHtml(m.channel)}</td>
                                    <td data-title="${portalHtml('Thời hạn giải quyết')}"> ${portalHtml(m.processingTime ?? '')} </td>
                                    <td data-title="${portalHtml('Phí, lệ phí')}"> ${portalHtml(m.fees ?? '')} </td>
                                    <td data-title="${portalHtml('Mô tả')}">${portalHtml(m.description ?? '')}</td>
                                </tr>`,
    )
    .join('\n');
  const dossierRows = f.dossier
    .map(
      (d) => `                                            <tr>
                                                <td data-title="${portalHtml('Loại giấy tờ')}" class="justify">${portalHtml(d.name)}</td>
                                                <td data-title="${portalHtml('Bản chính')}">${portalHtml(d.originals ?? '0')}</td>
                                                <td data-title="${portalHtml('Bản sao')}">${portalHtml(d.copies ?? '0')}</td>
                                                <td data-title="${portalHtml('Mẫu đơn, tờ khai')}">${d.template ? portalHtml(d.template) : ''}</td>
                                            </tr>`,
    )
    .join('\n');
  const popupMethods = f.methods
    .map(
      (m) => `                                                <tr>
                                                    <td>${portalHtml(m.channel)}</td>
                                                    <td> ${portalHtml(m.processingTime ?? '')} </td>
                                                    <td> ${portalHtml(m.fees ?? '')} </td>
                                                    <td style="white-space: pre-wrap;" class="content">${portalHtml(m.description ?? '')}</td>
                                                </tr>`,
    )
    .join('\n');
  const popupDossier = f.dossier
    .map(
      (d) => `                                            <tr>
                                                <td class="justify">${portalHtml(d.name)}</td>
                                                <td> ${d.template ? `<span class="link" style="cursor: pointer;">${portalHtml(d.template)}</span><br />` : ''}
                                                </td>
                                                <td>${portalHtml('Bản chính')}: ${portalHtml(d.originals ?? '0')}<br />${portalHtml('Bản sao')}: ${portalHtml(d.copies ?? '0')}</td>
                                            </tr>`,
    )
    .join('\n');
  const legalRows = f.legalBasis
    .map(
      (d) => `                                                <tr>
                                                    <td>${portalHtml(d.number)}</td>
                                                    <td>${portalHtml(d.title ?? '')}</td>
                                                    <td>${dashedDate(d.issuedOn)}</td>
                                                    <td>${portalHtml(d.issuer ?? '')}</td>
                                                </tr>`,
    )
    .join('\n');
  const text = (value: string | null) => (value ? portalHtml(value) : NO_INFO);

  const body = `    <div class="tthc">
        <div class="section-tthc">
            <div class="container">
                ${breadcrumb([
                  ['Trang chủ', 'dvc-trang-chu.html'],
                  ['Thủ tục hành chính', 'dvc-tthc-thu-tuc-hanh-chinh.html'],
                  ['Chi tiết thủ tục', '#'],
                ])}
                <div class="row">
                    <div class="col-sm-9 col-xs-12">
                        <h1 class="main-title -none" style="margin-bottom: 10px;"> ${name} </h1>
                        <div class="box-form-result">
                            <div class="pull-left">
                                <a class="url thick" data-toggle="modal" href="#popupChitietTTHC">Xem chi tiết</a>
                            </div>
                            <div class="pull-right">
                                <div class="text-result">
                                    <a href="/jsp/tthc/export/export_word_detail_tthc.jsp?maTTHC=${encodeURIComponent(entry.code)}&amp;idTTHC=${entry.meta.portalId}"
                                        title="${portalHtml('Tải xuống chi tiết thủ tục')}"><i class="fa fa-2x fa-file-word-o" aria-hidden="true" style="color:red"></i></a>
                                </div>
                            </div>
                            <div class="clearfix"></div>
                            <div id="dataList"></div>
                        </div>
                        <div class="divider-gray"></div>
                        <h2 class="main-title-sub">${portalHtml('Cách thức thực hiện')}</h2>
                        <table class="table-data" style="width:100%;">
                            <thead>
                                <tr>
                                    <th style="width:10%;">${portalHtml('Hình thức nộp')}</th>
                                    <th style="width:15%;">${portalHtml('Thời hạn giải quyết')}</th>
                                    <th style="width:25%;">${portalHtml('Phí, lệ phí')}</th>
                                    <th style="width:50%;">${portalHtml('Mô tả')}</th>
                                </tr>
                            </thead>
                            <tbody>
${methodsRows}
                            </tbody>
                        </table>
                        <div class="divider-gray"></div>
                        <h2 class="main-title-sub">${portalHtml('Thành phần hồ sơ')}</h2>
                        <div class="list-expand">
                            <div class="item">
                                <div class="content">
                                    <table class="table-data tphs" style="width:fit-content;">
                                        <thead>
                                            <tr>
                                                <th>${portalHtml('Loại giấy tờ')}</th>
                                                <th>${portalHtml('Bản chính')}</th>
                                                <th>${portalHtml('Bản sao')}</th>
                                                <th>${portalHtml('Mẫu đơn, tờ khai')}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
${dossierRows}
                                        </tbody>
                                    </table>
                                </div>
                            </div>
                        </div>
                        <div class="divider-gray"></div>
                        <h2 class="main-title-sub">${portalHtml('Trình tự thực hiện')}</h2>
                        <div class="list-expand">
                            <div class="item">
                                <div class="content" style="white-space: pre-wrap;">${text(f.steps)}</div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div id="popupChitietTTHC" class="modal fade popupChitietTTHC box-chitiettthc-phienban" role="dialog">
            <div class="modal-dialog" style="max-width: 991px;width: 100%;">
                <div class="modal-content">
                    <div class="modal-body">
                        <div class="close" data-dismiss="modal">
                            <span id="btnCLOSE_POPUP" class="-ap icon icon-close"></span>
                        </div>
                        <h2 class="main-title">${portalHtml('Chi tiết thủ tục hành chính:')}</h2>
                        <div class="content">
${infoRow('Mã thủ tục:', escapeHtml(entry.rawCode))}
${infoRow('Số quyết định:', portalHtml(entry.meta.decisionNumber))}
${infoRow('Tên thủ tục:', name)}
${infoRow('Cấp thực hiện:', portalHtml(levelText(f.levels, 'national')))}
${infoRow('Loại thủ tục:', text(f.procedureType))}
${infoRow('Lĩnh vực:', text(f.field))}
${infoRow('Trình tự thực hiện:', text(f.steps), ' cls-impl-orders" style="white-space: pre-wrap;')}
${infoRow(
  'Cách thức thực hiện:',
  `
                                    <div class="table-content">
                                        <table class="table-data">
                                            <thead>
                                                <tr>
                                                    <th style="width:10%;">${portalHtml('Hình thức nộp')}</th>
                                                    <th style="width:15%;">${portalHtml('Thời hạn giải quyết')}</th>
                                                    <th style="width:25%;">${portalHtml('Phí, lệ phí')}</th>
                                                    <th style="width:50%;">${portalHtml('Mô tả')}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
${popupMethods}
                                            </tbody>
                                        </table>
                                    </div>`,
)}
${infoRow(
  'Thành phần hồ sơ:',
  `
                                    <table class="table-data" style="width:100%;">
                                        <thead>
                                            <tr>
                                                <th style="width:65%;">${portalHtml('Tên giấy tờ')}</th>
                                                <th style="width:15%;">${portalHtml('Mẫu đơn, tờ khai')}</th>
                                                <th style="width:20%;">${portalHtml('Số lượng')}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
${popupDossier}
                                        </tbody>
                                    </table>
                                    <br />`,
)}
${infoRow('Đối tượng thực hiện:', text(f.subjects))}
${infoRow('Cơ quan thực hiện:', text(f.agency))}
${infoRow('Cơ quan có thẩm quyền:', text(f.agency))}
${infoRow('Địa chỉ tiếp nhận HS:', NO_INFO)}
${infoRow('Cơ quan được ủy quyền:', NO_INFO)}
${infoRow('Cơ quan phối hợp:', NO_INFO)}
${infoRow('Kết quả thực hiện:', text(f.result))}
${infoRow(
  'Căn cứ pháp lý:',
  `
                                    <div class="table-content">
                                        <table class="table-data" style="width: 100%;">
                                            <thead>
                                                <tr>
                                                    <th style="width: 20%;">${portalHtml('Số ký hiệu')}</th>
                                                    <th style="width: 45%;">${portalHtml('Trích yếu')}</th>
                                                    <th style="width: 10%;">${portalHtml('Ngày ban hành')}</th>
                                                    <th style="width: 25%;">${portalHtml('Cơ quan ban hành')}</th>
                                                </tr>
                                            </thead>
                                            <tbody>
${legalRows}
                                            </tbody>
                                        </table>
                                    </div>`,
)}
${infoRow('Yêu cầu, điều kiện thực hiện:', text(f.requirements), ' cls-requires" style="white-space: pre-wrap;')}
${infoRow('Từ khóa:', NO_INFO)}
${infoRow('Mô tả:', NO_INFO)}
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>`;
  return nationalPage(body);
}

/**
 * One `div.row.info-row` of the popup. `valueClassSuffix` closes into the value div's class
 * attribute, for the two rows the real page fills by script.
 */
function infoRow(label: string, valueHtml: string, valueClassSuffix = ''): string {
  return `                            <div class="row info-row">
                                <div class="col-sm-3 col-xs-12 key">
                                    ${portalHtml(label)}
                                </div>
                                <div class="col-sm-9 col-xs-12${valueClassSuffix}">
                                    ${valueHtml}
                                </div>
                            </div>`;
}
