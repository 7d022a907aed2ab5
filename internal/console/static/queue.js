// The live queue: Server-Sent Events reload the list; new waiting conversations raise a
// notification and the title badge.
(function () {
  'use strict';
  var table = document.getElementById('queue');
  if (!table) return;
  var filter = table.dataset.filter || 'open';
  var body = document.getElementById('queue-body');
  var live = document.getElementById('live');
  var baseTitle = document.title;
  var known = {};
  var first = true;

  function esc(s) { var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML; }
  function wait(sec) {
    if (sec < 60) return Math.max(sec, 0) + '秒';
    if (sec < 3600) return Math.floor(sec / 60) + '分' + (sec % 60) + '秒';
    return Math.floor(sec / 3600) + '小时' + Math.floor(sec % 3600 / 60) + '分';
  }
  function row(c) {
    var flags = (c.flags || []).map(function (f) { return '<span class="tag">' + esc(f.label) + '</span>'; }).join('');
    var since = c.state !== 'closed' && c.queued_at && c.queued_at.indexOf('0001') !== 0 ? c.queued_at : '';
    return '<tr data-id="' + c.id + '" data-state="' + esc(c.state) + '" class="p' + c.priority + (known[c.id] || first ? '' : ' fresh') + '">' +
      '<td>' + c.id + '</td><td>' + esc(c.applicant) + '</td><td>' + esc(c.state_label) + '</td><td>' + esc(c.priority_label) + '</td>' +
      '<td>' + flags + '</td><td>' + esc(c.grade || '') + '</td><td class="wait" data-since="' + esc(since) + '">' + (since ? wait(c.waiting_seconds) : '—') + '</td>' +
      '<td>' + (c.state === 'waiting' ? c.messages_waiting : '—') + '</td><td>' + esc(c.assigned_agent || '') + '</td>' +
      '<td><a href="/console/conversations/' + c.id + '">查看</a></td></tr>';
  }
  function badge(list) {
    var n = list.filter(function (c) { return c.state === 'waiting'; }).length;
    document.title = (n ? '(' + n + ') ' : '') + baseTitle;
  }
  function notify(c) {
    if (!('Notification' in window) || Notification.permission !== 'granted') return;
    try { new Notification('新的待接管会话 #' + c.id, { body: (c.flags || []).map(function (f) { return f.label; }).join('、') || '等待人工', tag: 'conv-' + c.id }); } catch (e) { /* ignore */ }
  }
  function load() {
    fetch('/console/api/conversations?state=' + encodeURIComponent(filter), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (r.status === 401) { location.href = '/console/login?next=' + encodeURIComponent(location.pathname + location.search); } return r.json(); })
      .then(function (data) {
        var list = data.conversations || [];
        list.forEach(function (c) { if (!known[c.id] && !first && c.state === 'waiting') notify(c); });
        body.innerHTML = list.length ? list.map(row).join('') : '<tr class="empty"><td colspan="10">暂无会话</td></tr>';
        known = {};
        list.forEach(function (c) { known[c.id] = true; });
        first = false;
        badge(list);
      })
      .catch(function () { /* the next event retries */ });
  }
  var pending = null;
  function soon() { if (!pending) pending = setTimeout(function () { pending = null; load(); }, 100); }

  var es = new EventSource('/console/api/events');
  es.addEventListener('open', function () { live.classList.add('on'); });
  es.addEventListener('error', function () { live.classList.remove('on'); });
  es.addEventListener('console', soon);
  setInterval(function () {
    var now = Date.now();
    body.querySelectorAll('td.wait').forEach(function (td) {
      if (td.dataset.since) td.textContent = wait(Math.floor((now - Date.parse(td.dataset.since)) / 1000));
    });
  }, 1000);
  var btn = document.getElementById('notify');
  if (btn) {
    if (!('Notification' in window) || Notification.permission === 'granted') btn.hidden = true;
    btn.addEventListener('click', function () { Notification.requestPermission().then(function () { btn.hidden = true; }); });
  }
  load();
})();
