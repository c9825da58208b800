/**
 * The national listing's inline script: clicking a pager link fetches the page from
 * `POST /jsp/rest.jsp` and re-renders `tbody#listTTHC` and the pager in place, the way the
 * real portal pages by AJAX without a navigation. Data goes into the DOM only through
 * createElement/textContent/setAttribute, never as markup. While a request runs the listing
 * root carries `data-state="loading"`, then `"ready"` (an extension can wait for it).
 * The pager rule repeats `pagerWindow` in pagination.ts; a test keeps the two in step.
 */
export const LISTING_SCRIPT = `(function () {
  var root = document.getElementById('tthcListing');
  if (!root || typeof fetch !== 'function') return;
  function cell(title, text) {
    var td = document.createElement('td');
    td.setAttribute('data-title', title);
    td.textContent = text;
    return td;
  }
  function pagerWindow(current, pages) {
    var shown = [], last = 0;
    for (var n = 1; n <= pages; n++) {
      if (n === 1 || n === pages || Math.abs(n - current) <= 2) {
        if (n - last > 1) shown.push(null);
        shown.push(n);
        last = n;
      }
    }
    return shown;
  }
  function pageHref(url, n, pageSize) {
    var q = new URLSearchParams(url.search);
    q.set('pageIndex', String(n));
    q.set('pageSize', String(pageSize));
    return '?' + q.toString();
  }
  function pagerItem(text, href, className, rel, active) {
    var li = document.createElement('li');
    if (active) li.className = 'active';
    var a = document.createElement('a');
    if (className) a.className = className;
    if (rel) a.setAttribute('rel', rel);
    a.setAttribute('href', href);
    a.textContent = text;
    li.appendChild(a);
    return li;
  }
  function renderRows(rows, pageIndex, pageSize) {
    var tbody = document.getElementById('listTTHC');
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    rows.forEach(function (row, i) {
      var tr = document.createElement('tr');
      tr.className = 'item-tthc';
      tr.setAttribute('data-ma-thu-tuc', row.TTHC_MA);
      tr.appendChild(cell('STT', String((pageIndex - 1) * pageSize + i + 1)));
      tr.appendChild(cell('Mã thủ tục', row.TTHC_MA));
      var nameCell = cell('Tên thủ tục', '');
      var link = document.createElement('a');
      // The name opens the full record (numeric id), the page that shows every field.
      link.setAttribute('href', 'dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=' + encodeURIComponent(row.ID));
      link.textContent = row.NAME;
      nameCell.appendChild(link);
      tr.appendChild(nameCell);
      tr.appendChild(cell('Lĩnh vực', row.FIELD_NAME || ''));
      tr.appendChild(cell('Cấp thực hiện', row.LEVEL_NAME || ''));
      tr.appendChild(cell('Cơ quan thực hiện', row.AGENCY_NAME || ''));
      tbody.appendChild(tr);
    });
  }
  function renderPager(url, pageIndex, pages, pageSize) {
    var pager = root.querySelector('ul.pagination');
    while (pager.firstChild) pager.removeChild(pager.firstChild);
    if (pageIndex > 1) pager.appendChild(pagerItem('«', pageHref(url, pageIndex - 1, pageSize), 'prev', 'prev', false));
    pagerWindow(pageIndex, pages).forEach(function (n) {
      if (n === null) {
        var gap = document.createElement('li');
        gap.className = 'disabled';
        var span = document.createElement('span');
        span.textContent = '…';
        gap.appendChild(span);
        pager.appendChild(gap);
      } else {
        pager.appendChild(pagerItem(String(n), pageHref(url, n, pageSize), '', '', n === pageIndex));
      }
    });
    if (pageIndex < pages) pager.appendChild(pagerItem('»', pageHref(url, pageIndex + 1, pageSize), 'next', 'next', false));
  }
  root.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('ul.pagination a') : null;
    if (!link) return;
    event.preventDefault();
    var url = new URL(link.getAttribute('href'), location.href);
    var pageIndex = Number(url.searchParams.get('pageIndex')) || 1;
    var pageSize = Number(url.searchParams.get('pageSize')) || Number(root.getAttribute('data-page-size')) || 50;
    var params = {
      service: 'get_ds_tthc_da_cong_bo_dvc_service',
      provider: 'dvcquocgia',
      type: 'ref',
      pageIndex: pageIndex,
      recordPerPage: pageSize
    };
    if (url.searchParams.get('level')) params.level = url.searchParams.get('level');
    if (url.searchParams.get('field')) params.field = url.searchParams.get('field');
    root.setAttribute('data-state', 'loading');
    fetch(new URL('/jsp/rest.jsp', location.href).toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
      body: 'params=' + encodeURIComponent(JSON.stringify(params))
    })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(function (rows) {
        var total = rows.length ? Number(rows[0].TOTAL_RECORDS) : Number(root.getAttribute('data-total'));
        var pages = Math.max(1, Math.ceil(total / pageSize));
        renderRows(rows, pageIndex, pageSize);
        renderPager(url, pageIndex, pages, pageSize);
        root.setAttribute('data-page-index', String(pageIndex));
        if (window.history && window.history.replaceState) window.history.replaceState(null, '', url.pathname + url.search);
        root.setAttribute('data-state', 'ready');
      })
      .catch(function () {
        // Fall back to an ordinary navigation: the server renders every page too.
        location.href = url.toString();
      });
  });
})();`;
