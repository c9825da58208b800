import type { SimDecision, SimDecisionAction } from '../dataset';
import { dashedDate, portalHtml } from '../html';
import { breadcrumb, nationalPage } from './layout';

/**
 * A publication decision page (`dvc-tthc-quyet-dinh-cong-bo-chi-tiet.html?ma_quyet_dinh=<id>`),
 * modelled on decision-115010.html: `h2.main-title` "Số quyết định: …", `table.table-info-row`
 * key/value rows, tabs new (`#nhomckmoi`), amended (`#suadoibosung`), abolished (`#baibo`).
 * The real page fills the tab tables by script from the three JSON-RPC services; here they
 * are rendered in place with the rows that script builds (the name links to the record).
 */
export function renderDecision(decision: SimDecision): string {
  const fields = [...new Set(decision.items.map((i) => i.field).filter((f) => f !== ''))].sort((a, b) =>
    a.localeCompare(b, 'vi'),
  );
  const tab = (id: string, tableId: string, action: SimDecisionAction, active: boolean) => {
    const rows = decision.items
      .filter((i) => i.action === action)
      .map(
        (i) =>
          `                                                        <tr><td><a href="dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${i.portalId}">${portalHtml(i.name)}</a></td><td>${portalHtml(decision.agency.name)}</td></tr>`,
      )
      .join('\n');
    return `                                        <div class="tab-pane${active ? ' active' : ''}" id="${id}">
                                            <div class="table-content">
                                                <table id="${tableId}" class="table-data table" style="width: 100%">
                                                    <thead>
                                                        <tr>
                                                            <th style="width: 75%">${portalHtml('Tên thủ tục hành chính')}</th>
                                                            <th style="width: 25%">${portalHtml('Cơ quan ban hành')}</th>
                                                        </tr>
                                                    </thead>
                                                    <tbody>
${rows}
                                                    </tbody>
                                                </table>
                                            </div>
                                        </div>`;
  };
  const body = `    <div class="tthc">
        <div class="main-wrapper">
            <div class="container">
                ${breadcrumb([
                  ['Trang chủ', 'dvc-tthc-trang-chu.html'],
                  ['Quyết định công bố', 'dvc-tthc-quyet-dinh-cong-bo.html'],
                  ['Chi tiết', '#'],
                ])}
                <div class="row">
                    <div class="col-sm-9 col-xs-12">
                        <div class="box">
                            <h2 class="main-title">${portalHtml(`Số quyết định: ${decision.number}`)}</h2>
                            <ul class="tabs style2">
                                <li class="active"><a href="#qdcb" data-toggle="tab">${portalHtml('TT Quyết định công bố')}</a>
                                </li>
                                <li><a href="#tthckt" data-toggle="tab">${portalHtml('TTHC kèm theo')}</a></li>
                            </ul>
                            <div class="tab-content">
                                <div id="qdcb" class="tab-pane active">
                                    <table class="table-info-row">
                                        <tbody>
                                            <tr>
                                                <td class="key">${portalHtml('Số quyết định')}</td>
                                                <td class="value">${portalHtml(decision.number)}</td>
                                            </tr>
                                            <tr>
                                                <td class="key">${portalHtml('Trích yếu')}</td>
                                                <td class="value">${portalHtml(decision.title)}</td>
                                            </tr>
                                            <tr>
                                                <td class="key">${portalHtml('Ngày quyết định')}</td>
                                                <td class="value">${dashedDate(decision.signedOn)}</td>
                                            </tr>
                                            <tr>
                                                <td class="key">${portalHtml('Lĩnh vực')}</td>
                                                <td id="content-fields" class="value">${portalHtml(fields.join(', '))}</td>
                                            </tr>
                                            <tr>
                                                <td class="key">${portalHtml('File đính kèm')}</td>
                                                <td id="content-attachments" class="value"></td>
                                            </tr>
                                            <tr>
                                                <td class="key">${portalHtml('Cơ quan ban hành')}</td>
                                                <td class="value">${portalHtml(decision.agency.name)}</td>
                                            </tr>
                                        </tbody>
                                    </table>
                                </div>
                                <div id="tthckt" class="tab-pane">
                                    <ul class="tabs">
                                        <li class="active"><a href="#nhomckmoi" data-toggle="tab">${portalHtml('Nhóm công khai mới')}</a></li>
                                        <li><a href="#suadoibosung" data-toggle="tab">${portalHtml('Sửa đổi bổ sung')}</a></li>
                                        <li><a href="#baibo" data-toggle="tab">${portalHtml('Bãi bỏ')}</a></li>
                                    </ul>
                                    <div class="box tab-content">
${tab('nhomckmoi', 'table-main', 'new', true)}
${tab('suadoibosung', 'table-main-suadoi', 'amended', false)}
${tab('baibo', 'table-main-baibo', 'abolished', false)}
                                    </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>`;
  return nationalPage(body);
}
