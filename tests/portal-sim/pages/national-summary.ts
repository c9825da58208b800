import type { PortalEntry } from '../dataset';
import { portalHtml, variantHtml } from '../html';
import { NATIONAL_DETAIL_PATH } from '../routes';
import { NO_INFO, nationalPage } from './layout';

/**
 * The public summary page by code (`dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=<code>`),
 * modelled on procedure-summary-3.000001.html: `h1` name, a "Xem chi tiết" link to the full
 * record, `h2.main-title-sub` sections, `table.table-result` with `td[data-title]` cells.
 */
export function renderNationalSummary(entry: PortalEntry): string {
  const f = entry.fields;
  const detailHref = `${NATIONAL_DETAIL_PATH.slice('/p/home/'.length)}?ma_thu_tuc=${entry.meta.portalId}`;
  const steps = (f.steps ?? '')
    .split('\n')
    .filter((s) => s.trim() !== '')
    .map((s) => `          <p>${portalHtml(s)}</p>`)
    .join('\n');
  const methods = f.methods
    .map(
      (m) => `        <tr>
         <td style="text-align: left;" data-title="${portalHtml('Hình thức nộp')}">${portalHtml(m.channel)}</td>
         <td data-title="${portalHtml('Thời hạn giải quyết')}">${portalHtml(m.processingTime ?? '')}</td>
         <td style="min-width: 130px;text-align: left;" data-title="${portalHtml('Phí, lệ phí')}">${portalHtml(m.fees ?? '')}</td>
         <td style="min-width:180px" data-title="${portalHtml('Mô tả')}">${portalHtml(m.description ?? '')}</td>
        </tr>`,
    )
    .join('\n');
  const dossier = f.dossier
    .map(
      (d) => `           <tr>
            <td data-title="${portalHtml('Tên giấy tờ')}">${portalHtml(d.name)}</td>
            <td data-title="${portalHtml('Mẫu đơn, tờ khai')}" style="cursor: pointer; color: #283593;">${d.template ? `<a href="#">${portalHtml(d.template)}</a>` : ''}</td>
            <td style="white-space:nowrap;" data-title="${portalHtml('Số lượng')}">${portalHtml(`Bản chính: ${d.originals ?? '0'} - Bản sao: ${d.copies ?? '0'}`)}</td>
           </tr>`,
    )
    .join('\n');
  const body = `  <div class="section-cong-dan"> 
   <div class="container"> 
    <ul class="breadcrumb"> 
     <li><a href="dvc-trang-chu.html">Trang chủ</a></li> 
     <li><a href="">${portalHtml('Chi tiết thủ tục hành chính')}</a></li> 
    </ul> 
    <div class="row"> 
     <div class="col-sm-8 col-xs-12"> 
      <h1 class="main-title -none" style="margin-bottom: 10px;">${variantHtml(f.name, entry.nameVariant)}</h1> 
      <a class="url" data-toggle="modal" href="${detailHref}">Xem chi tiết</a> 
      <div class="divider-gray"></div> 
      <h2 class="main-title-sub">${portalHtml('Trình tự thực hiện')}</h2>
      <div class="list-expand">
       <div>
        <div class="item active">
         <div class="title" title=" "> 
         </div>
         <div class="content">
${steps}
         </div>
        </div>
       </div>
      </div> 
      <div class="divider-gray"></div> 
      <h2 class="main-title-sub">${portalHtml('Cách thức thực hiện')}</h2>
      <br />
      <table class="table-result-tthc table-result">  
       <thead>
        <tr>
         <th>${portalHtml('Hình thức nộp')}</th>
         <th>${portalHtml('Thời hạn giải quyết')}</th>
         <th>${portalHtml('Phí, lệ phí')}</th>
         <th>${portalHtml('Mô tả')}</th>
        </tr>
       </thead>
       <tbody>
${methods}
       </tbody>
      </table> 
      <div class="divider-gray"></div> 
      <h2 class="main-title-sub">${portalHtml('Thành phần hồ sơ')}</h2>
      <div class="list-expand">
       <div class="item active">
        <div class="title" title=" ">
        </div>
        <div class="content">
         <table class="table table-result">
          <thead>
           <tr>
            <th>${portalHtml('Tên giấy tờ')}</th>
            <th>${portalHtml('Mẫu đơn, tờ khai')}</th>
            <th>${portalHtml('Số lượng')}</th>
           </tr>
          </thead>
          <tbody>
${dossier}
          </tbody>
         </table>
        </div>
       </div>
      </div> 
      <div class="divider-gray"></div> 
      <h2 class="main-title-sub">${portalHtml('Cơ quan thực hiện')}</h2>
      <div class="article">
       <p>${f.agency ? portalHtml(f.agency) : NO_INFO}</p>
      </div> 
      <div class="divider-gray"></div> 
      <h2 class="main-title-sub">${portalHtml('Yêu cầu, điều kiện thực hiện')}</h2>
      <div class="article">
       <p id="${entry.meta.portalId}">${f.requirements ? portalHtml(f.requirements) : portalHtml('Không có yêu cầu điều kiện')}</p>
      </div> 
     </div> 
    </div> 
   </div> 
  </div>`;
  return nationalPage(body);
}
