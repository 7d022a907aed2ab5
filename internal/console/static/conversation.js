// The conversation page: claim, reply (checked by the compliance filter), notes, hand back,
// close, canned replies with /shortcut, the 48-hour countdown, live updates.
(function () {
  'use strict';
  var conv = document.getElementById('conv');
  if (!conv) return;
  var id = conv.dataset.id;
  var api = '/console/api/conversations/' + id;
  var text = document.getElementById('reply-text');
  var verdict = document.getElementById('verdict');
  var canned = document.getElementById('canned');

  function esc(s) { var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML; }
  function post(path, body) {
    return fetch(api + path, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body ? JSON.stringify(body) : '{}'
    }).then(function (r) { return r.json().then(function (j) { j._status = r.status; return j; }); });
  }
  function refresh() {
    return fetch(location.pathname, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      ['transcript', 'state', 'notes', 'summary', 'profile'].forEach(function (k) {
        var a = document.getElementById(k), b = doc.getElementById(k);
        if (a && b) a.innerHTML = b.innerHTML;
      });
      var acts = document.querySelector('.actions'), nacts = doc.querySelector('.actions');
      if (acts && nacts) { acts.innerHTML = nacts.innerHTML; bindActions(); }
      var send = document.getElementById('send'), nsend = doc.getElementById('send');
      if (send && nsend) send.disabled = nsend.disabled;
      var ntext = doc.getElementById('reply-text');
      if (ntext) text.disabled = ntext.disabled;
      var win = document.getElementById('window'), nwin = doc.getElementById('window');
      if (win && nwin) { win.innerHTML = nwin.innerHTML; }
      var ul = document.getElementById('transcript'); ul.scrollTop = ul.scrollHeight;
    });
  }
  function actionError(msg) { document.getElementById('action-error').textContent = msg || ''; }
  function bindActions() {
    document.querySelectorAll('[data-act]').forEach(function (b) {
      b.addEventListener('click', function () {
        actionError('');
        if (b.dataset.act === 'close' && !confirm('确定关闭该会话？')) return;
        post('/' + b.dataset.act).then(function (j) { if (j.error) actionError(j.error); return refresh(); });
      });
    });
  }
  bindActions();

  function showVerdict(j) {
    verdict.hidden = false;
    if (j.error) { verdict.className = 'verdict'; verdict.innerHTML = esc(j.error); return; }
    if (j.status === 'blocked') {
      verdict.className = 'verdict';
      verdict.innerHTML = '<b>未发送：合规检查拦截</b><ul>' + (j.hits || []).map(function (h) {
        return '<li>“<mark>' + esc(h.words || h.phrase) + '</mark>” — ' + esc(h.why) + (h.sentence ? '<br><small>所在句子：' + esc(h.sentence) + '</small>' : '') + '</li>';
      }).join('') + '</ul>请修改后重新发送。' +
        ' <button type="button" class="small secondary" id="false-positive">误报？提交合规复核</button>';
      document.getElementById('false-positive').addEventListener('click', function () { // phrases_api.go
        post('/false-positive', { note: prompt('说明为什么是误报（可选）') || '' }).then(function (r) {
          verdict.insertAdjacentText('beforeend', r.error ? '（' + r.error + '）' : '（已提交合规复核）');
        });
      });
      return;
    }
    verdict.className = 'verdict ok';
    verdict.innerHTML = j.status === 'noted' ? '已保存为内部备注' : '已发送' + (j.text && j.text !== text.value.trim() ? '（已自动补充必要的风险提示）' : '');
  }
  document.getElementById('reply-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var t = text.value.trim();
    if (!t) return;
    post('/messages', { text: t, private: false }).then(function (j) {
      showVerdict(j);
      if (j.status === 'sent') text.value = '';
      return refresh();
    });
  });
  document.getElementById('note').addEventListener('click', function () {
    var t = text.value.trim();
    if (!t) return;
    post('/notes', { text: t }).then(function (j) {
      if (!j.error) { text.value = ''; j.status = 'noted'; }
      showVerdict(j);
      return refresh();
    });
  });
  var suggest = document.getElementById('suggest');
  if (suggest) suggest.addEventListener('click', function () {
    suggest.disabled = true;
    verdict.hidden = false; verdict.className = 'verdict ok'; verdict.textContent = '正在生成建议回复…';
    post('/suggest').then(function (j) {
      suggest.disabled = false;
      if (j.error || !j.text) { verdict.className = 'verdict'; verdict.textContent = j.error || j.note || '暂时无法生成建议'; return; }
      text.value = j.text; text.focus();
      verdict.className = 'verdict ok';
      verdict.textContent = 'AI草稿，请核对修改后再发送（发送时仍经合规检查）' + (j.sources && j.sources.length ? '；依据：' + j.sources.join('、') : '');
    });
  });
  var reveal = document.getElementById('reveal');
  if (reveal) reveal.addEventListener('click', function () {
    post('/reveal').then(function (j) {
      if (j.error) { actionError(j.error); return; }
      document.getElementById('profile').innerHTML = (j.profile || []).map(function (f) {
        return '<dt>' + esc(f.label) + '</dt><dd data-key="' + esc(f.key) + '">' + esc(f.value) + '</dd>';
      }).join('');
      reveal.remove();
    });
  });

  // Canned replies: typing "/" lists them; Enter or a click inserts the first match.
  var items = canned ? Array.prototype.slice.call(canned.querySelectorAll('li')) : [];
  function matches() {
    var v = text.value;
    if (v.charAt(0) !== '/') return [];
    var q = v.slice(1).trim().toLowerCase();
    return items.filter(function (li) { return li.dataset.shortcut.indexOf(q) === 0; });
  }
  function showCanned() {
    var m = matches();
    items.forEach(function (li) { li.hidden = m.indexOf(li) < 0; li.classList.remove('sel'); });
    if (m.length) m[0].classList.add('sel');
    canned.hidden = m.length === 0;
  }
  function pick(li) { text.value = li.dataset.text; canned.hidden = true; text.focus(); }
  if (canned) {
    text.addEventListener('input', showCanned);
    text.addEventListener('keydown', function (e) {
      if ((e.key === 'Enter' || e.key === 'Tab') && !canned.hidden) {
        var m = matches();
        if (m.length) { e.preventDefault(); pick(m[0]); }
      }
    });
    items.forEach(function (li) { li.addEventListener('click', function () { pick(li); }); });
  }

  // The 48-hour window countdown.
  function tick() {
    var el = document.getElementById('countdown');
    if (!el) return;
    var left = Math.floor((Date.parse(el.dataset.ends) - Date.now()) / 1000);
    if (left <= 0) { refresh(); return; }
    el.textContent = Math.floor(left / 3600) + '小时' + Math.floor(left % 3600 / 60) + '分' + (left % 60) + '秒';
  }
  setInterval(tick, 1000); tick();

  var es = new EventSource('/console/api/events');
  es.addEventListener('console', function (e) {
    try { if (String(JSON.parse(e.data).conversation_id) === id) refresh(); } catch (err) { /* ignore */ }
  });
  var ul = document.getElementById('transcript'); ul.scrollTop = ul.scrollHeight;
})();
