// The operator workbench's suggestions while typing (issue 11): likely categories (one click takes one), an emergency
// warning with the number to transfer to, likely repeats with their reasons (one click merges the new demand into
// one after registering), and where the address lies. Debounced; data is only ever set as textContent.
(function () {
  var panel = document.getElementById('advice');
  if (!panel) {
    return;
  }
  var matter = document.getElementById('matter');
  var address = document.getElementById('address');
  var category = document.getElementById('categoryCode');
  var limit = document.getElementById('limitClass');
  var item = document.getElementById('itemCode');
  var suggested = document.getElementById('suggested');
  var emergency = document.getElementById('emergency');
  var mergeInto = document.getElementById('mergeInto');
  var notRepeats = document.getElementById('not-repeats');
  // repeats the operator refused ("不是重复") during this call: never shown again, recorded on registering
  var refused = {};
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var timer = null;
  var asked = 0;
  var chosenByHand = false;

  function format(template, args) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return args[+i] === undefined ? m : String(args[+i]); });
  }

  function clear(el) {
    while (el.firstChild) {
      el.removeChild(el.firstChild);
    }
  }

  function schedule() {
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(ask, 350);
  }

  function ask() {
    var text = matter.value.trim();
    if (!text) {
      panel.hidden = true;
      return;
    }
    var mine = ++asked;
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    fetch(panel.dataset.url, {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ text: text.slice(0, 2000), address: address.value.trim().slice(0, 300) || null,
        categoryCode: chosenByHand ? category.value : null })
    }).then(function (r) {
      if (r.ok) {
        return r.json();
      }
      // a clear answer for bad input (the server's bilingual message); intake goes on without a suggestion
      return r.json().then(function (problem) { failed(mine, problem && (/^en/.test(document.documentElement.lang) ? problem.errorEn : problem.error)); }, function () { failed(mine, null); })
        .then(function () { return null; });
    }).then(function (advice) {
      if (advice && mine === asked) {
        show(advice);
      }
    }).catch(function () { failed(mine, null); /* a suggestion is advice only: intake goes on without it */ });
  }

  function failed(mine, detail) {
    if (mine !== asked) {
      return;
    }
    panel.hidden = false;
    var note = document.getElementById('advice-error');
    note.textContent = detail ? format(panel.dataset.labelFailed, [detail]) : panel.dataset.labelUnavailable;
    note.hidden = false;
  }

  function refuse(r, li) {
    refused[r.demandId] = r.trackingCode;
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'notRepeatOf';
    input.value = String(r.demandId);
    notRepeats.appendChild(input);
    if (mergeInto.value === String(r.demandId)) {
      mergeInto.value = '';
      document.getElementById('advice-merging').hidden = true;
    }
    li.parentNode.removeChild(li);
    var list = document.getElementById('advice-repeats');
    document.getElementById('advice-repeats-box').hidden = list.children.length === 0;
    var note = document.getElementById('advice-refused');
    note.textContent = format(panel.dataset.labelRefused, [Object.keys(refused).map(function (k) { return refused[k]; }).join('、')]);
    note.hidden = false;
  }

  function take(choice, button) {
    category.value = choice.categoryCode;
    item.value = choice.code.length > 5 ? choice.code : '';
    if (choice.limitClass && limit && !(emergency.value && limit.value === 'EMERGENCY')) {
      limit.value = choice.limitClass;
    }
    chosenByHand = false;
    Array.prototype.forEach.call(document.querySelectorAll('#advice-categories .btn'), function (b) {
      b.classList.remove('btn-primary');
      b.setAttribute('aria-pressed', 'false');
    });
    button.classList.add('btn-primary');
    button.setAttribute('aria-pressed', 'true');
  }

  function show(advice) {
    panel.hidden = false;
    document.getElementById('advice-error').hidden = true;
    var warn = document.getElementById('advice-emergency');
    if (advice.emergency) {
      warn.textContent = format(panel.dataset.labelEmergency, [advice.emergency.label, advice.emergency.transferTo]);
      warn.hidden = false;
      emergency.value = advice.emergency.kind;
    } else {
      warn.textContent = '';
      warn.hidden = true;
      emergency.value = '';
    }
    var box = document.getElementById('advice-categories');
    clear(box);
    suggested.value = advice.categories.map(function (c) { return c.code + ' ' + c.confidence; }).join(',');
    advice.categories.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn btn-small advice-category';
      b.dataset.code = c.code;
      b.setAttribute('aria-pressed', item.value === c.code ? 'true' : 'false');
      // the catalogue's names in the page's language (the English names are kept beside the Chinese ones)
      var en = (document.documentElement.lang || '').indexOf('en') === 0;
      var name = en && c.nameEn ? c.nameEn : c.name;
      var path = en && c.pathEn ? c.pathEn : c.path;
      b.title = path + (!en && c.unitKind ? ' · ' + c.unitKind : '');
      b.textContent = name + ' · ' + path.split(' › ')[0] + ' ' + Math.round(c.confidence * 100) + '%';
      b.addEventListener('click', function () { take(c, b); });
      box.appendChild(b);
    });
    var place = document.getElementById('advice-place');
    place.textContent = advice.place ? panel.dataset.labelPlace + '：' + advice.place.name : '';
    var list = document.getElementById('advice-repeats');
    clear(list);
    var repeats = advice.repeats.filter(function (r) { return !refused[r.demandId]; });
    document.getElementById('advice-repeats-box').hidden = repeats.length === 0;
    repeats.forEach(function (r) {
      var li = document.createElement('li');
      var head = document.createElement('strong');
      head.textContent = r.trackingCode;
      var why = document.createElement('span');
      why.className = 'muted';
      why.textContent = ' ' + r.reasons;
      var text = document.createElement('div');
      text.textContent = r.matter.length > 80 ? r.matter.slice(0, 80) + '…' : r.matter;
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn btn-small advice-merge';
      b.dataset.id = String(r.demandId);
      b.textContent = panel.dataset.labelMerge;
      b.addEventListener('click', function () {
        mergeInto.value = String(r.demandId);
        category.value = r.categoryCode;
        item.value = '';
        var note = document.getElementById('advice-merging');
        note.textContent = format(panel.dataset.labelMerging, [r.trackingCode]);
        note.hidden = false;
      });
      var no = document.createElement('button');
      no.type = 'button';
      no.className = 'btn btn-small advice-not-repeat';
      no.dataset.id = String(r.demandId);
      no.textContent = panel.dataset.labelNotRepeat;
      no.addEventListener('click', function () { refuse(r, li); });
      var actions = document.createElement('div');
      actions.className = 'toolbar';
      actions.appendChild(b);
      actions.appendChild(no);
      li.appendChild(head);
      li.appendChild(why);
      li.appendChild(text);
      li.appendChild(actions);
      list.appendChild(li);
    });
  }

  matter.addEventListener('input', schedule);
  address.addEventListener('input', schedule);
  category.addEventListener('change', function () {
    chosenByHand = true;
    item.value = '';
    schedule();
  });
  if (matter.value.trim()) {
    schedule();
  }
})();
