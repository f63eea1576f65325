// A class's dashboard (/instructor/classes/ID): learners × lessons, assignments, and a scatter of a chosen setting
// against verified test accuracy. One request reads the whole class (GET /api/classes/ID/progress) with the change
// number it reflects; the event stream, opened with that number as its Last-Event-ID, says when the class changed
// since, on whichever node, and the page reads it again (at most every half second). The learner table is paged, so
// 300 learners cost 50 rows of DOM. Names are set as text, never as HTML; every word is the page language's
// (static/classwords.js), and the chart follows the page's theme (static/charts.js).
(function () {
  'use strict';
  var admin = window.DiveLiveAdmin;
  var word = window.DiveLiveWords.word;
  var failure = window.DiveLiveWords.failure;
  var prefix = window.DiveLiveWords.prefix;
  var language = document.documentElement.lang.indexOf('zh') === 0 ? 'zh' : 'en';
  var charts = window.DiveLive.charts;
  var element = admin.element;
  var dashboard = admin.page('.dashboard');
  var main = dashboard.main;
  var classId = main.getAttribute('data-class-id');
  var status = main.querySelector('.dashboard-status');
  var live = main.querySelector('.live-state');
  var filter = main.querySelector('.learner-filter');
  var scatterAssignment = main.querySelector('.scatter-assignment');
  var scatterSetting = main.querySelector('.scatter-setting');
  // the settings' labels in the page's language, by the API's name (ClassPages.java writes them)
  var settingLabels = JSON.parse(main.getAttribute('data-setting-labels'));
  var PAGE_SIZE = 50;
  var REFRESH_MS = 500;
  var page = 0;
  var progress = null;
  var chart = null;
  var refreshTimer = null;
  // the class's change number the page has seen: what its progress reflects, or the last change event's id
  var seen = null;

  /** Empties a table and gives it one header row: returns that row, for the column titles, and the body. */
  function clearTable(table) {
    var head = table.querySelector('thead');
    var body = table.querySelector('tbody');
    head.textContent = '';
    body.textContent = '';
    var header = element('tr');
    head.appendChild(header);
    return { header: header, body: body };
  }

  function figure(value) { return value === null || value === undefined ? '–' : value.toFixed(4); }

  function load() {
    return dashboard.call('GET', '/api/classes/' + classId + '/progress').then(function (answer) {
      if (answer.status !== 200) { status.textContent = failure('dashboard', answer); return; }
      status.textContent = '';
      progress = answer.body;
      seen = seen === null ? progress.changes : Math.max(seen, progress.changes);
      render();
    });
  }

  function scheduleLoad() {
    if (refreshTimer === null) {
      refreshTimer = setTimeout(function () { refreshTimer = null; load(); }, REFRESH_MS);
    }
  }

  function render() {
    main.querySelector('.dashboard-title').textContent = progress.class.name
      + (progress.class.closed ? word('closedSuffix') : '');
    var join = main.querySelector('.join-link');
    join.href = prefix + progress.class.joinUrl;
    join.textContent = word('joinLink', { url: location.origin + prefix + progress.class.joinUrl });
    renderLearners();
    renderAssignments();
    renderScatter();
  }

  function renderLearners() {
    var table = clearTable(main.querySelector('.progress-table'));
    var header = table.header;
    header.appendChild(column('columnLearner'));
    header.appendChild(column('columnServerRuns'));
    progress.lessons.forEach(function (lesson) {
      // the title links to the lesson in the page's language, so the column says which lesson it is
      var th = column(null, '');
      var link = element('a', titled(lesson));
      link.href = prefix + '/lessons/' + encodeURIComponent(lesson.slug);
      th.appendChild(link);
      header.appendChild(th);
    });
    progress.assignments.forEach(function (assignment) { header.appendChild(column(null, titled(assignment))); });
    var wanted = filter.value.trim().toLowerCase();
    var learners = progress.learners.filter(function (learner) {
      return wanted === '' || learner.name.toLowerCase().indexOf(wanted) >= 0;
    });
    var pages = Math.max(1, Math.ceil(learners.length / PAGE_SIZE));
    page = Math.min(page, pages - 1);
    main.querySelector('.page-number').textContent = word('pageOf', { page: page + 1, pages: pages,
      count: learners.length });
    learners.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).forEach(function (learner) {
      var row = element('tr');
      row.setAttribute('data-learner-id', learner.id);
      var name = element('th', learner.name, 'learner-name');
      name.scope = 'row';
      row.appendChild(name);
      row.appendChild(element('td', String(learner.runs)));
      progress.lessons.forEach(function (lesson) {
        var cell = learner.lessons[lesson.slug];
        var text = (cell.done ? '✓ ' : '') + (lesson.exercises > 0 ? cell.solved + '/' + lesson.exercises : '');
        var td = element('td', text, cell.done ? 'cell-done' : '');
        td.title = (cell.done ? word('cellDone') + '; ' : '') + word('cellExercises', { solved: cell.solved,
          tried: cell.tried });
        row.appendChild(td);
      });
      progress.assignments.forEach(function (assignment) {
        var standing = learner.assignments[assignment.id];
        var td = element('td', standing ? word('status.' + standing.status) + ' · ' + figure(standing.best) + ' · '
          + standing.submissions + '×' : '', standing ? 'cell-' + standing.status : '');
        td.setAttribute('data-assignment', assignment.id);
        row.appendChild(td);
      });
      table.body.appendChild(row);
    });
  }

  function renderAssignments() {
    var table = clearTable(main.querySelector('.assignment-table'));
    ['columnAssignment', 'columnTarget', 'columnSubmissions', 'columnPassed', 'columnWaiting', 'columnBest']
      .forEach(function (key) { table.header.appendChild(column(key)); });
    progress.assignments.forEach(function (assignment) {
      var mine = progress.submissions.filter(function (s) { return s.assignment === assignment.id; });
      var passed = {};
      var best = null;
      mine.forEach(function (s) {
        if (s.status === 'passed') { passed[s.learner] = true; }
        var value = s[assignment.metric];
        if (value !== null && value !== undefined && (best === null || value > best)) { best = value; }
      });
      var row = element('tr');
      row.setAttribute('data-assignment', assignment.id);
      // the target in the page's words: "测试准确率 >= 0.6" where the lesson wrote testAccuracy >= 0.6
      var target = word('metric.' + assignment.metric) + ' ' + assignment.comparison + ' ' + assignment.threshold;
      [titled(assignment), target, String(mine.length), String(Object.keys(passed).length),
        String(mine.filter(function (s) { return s.status === 'queued' || s.status === 'verifying'; }).length),
        figure(best)].forEach(function (text) { row.appendChild(element('td', text)); });
      table.body.appendChild(row);
    });
  }

  /** A select's options: each value shown as its label. */
  function options(select, values, label) {
    var chosen = select.value;
    select.textContent = '';
    values.forEach(function (value) {
      var option = element('option', label(value));
      option.value = value;
      select.appendChild(option);
    });
    if (values.indexOf(chosen) >= 0) { select.value = chosen; }
  }

  /** A setting as a number on the x axis: hidden layers count by their total units. */
  function settingValue(config, name) {
    var value = config[name];
    if (Array.isArray(value)) { return value.reduce(function (a, b) { return a + b; }, 0); }
    return typeof value === 'number' ? value : null;
  }

  function settingLabel(name) { return settingLabels[name] || name; }

  /** Learning rates span orders of magnitude: a log axis spreads them out. */
  function axisType() { return scatterSetting.value === 'learningRate' ? 'logarithmic' : 'linear'; }

  function renderScatter() {
    var assignmentTitles = {};
    progress.assignments.forEach(function (a) { assignmentTitles[a.id] = titled(a); });
    options(scatterAssignment, Object.keys(assignmentTitles), function (id) { return assignmentTitles[id]; });
    var judged = progress.submissions.filter(function (s) {
      return s.assignment === scatterAssignment.value && s.testAccuracy !== null;
    });
    // the settings the learners chose: those whose values differ between submissions (locked ones never do)
    var seen = {};
    judged.forEach(function (s) {
      Object.keys(s.config).forEach(function (name) {
        var value = settingValue(s.config, name);
        if (value !== null) { (seen[name] = seen[name] || {})[value] = true; }
      });
    });
    var chosen = Object.keys(seen).filter(function (name) { return Object.keys(seen[name]).length > 1; });
    options(scatterSetting, chosen.length ? chosen : ['learningRate'], settingLabel);
    var byName = {};
    progress.learners.forEach(function (learner) { byName[learner.id] = learner.name; });
    function points(statusWanted) {
      return judged.filter(function (s) { return s.status === statusWanted; }).map(function (s) {
        return { x: settingValue(s.config, scatterSetting.value), y: s.testAccuracy, learner: byName[s.learner] };
      });
    }
    var canvas = main.querySelector('.scatter');
    canvas.setAttribute('data-points', String(judged.length));
    if (chart === null) {
      // the charts' common scatter, so the theme's ink, its re-theming on the ☾ toggle and the data table come along
      chart = charts.scatterChart(canvas, settingLabel(scatterSetting.value), word('verifiedAccuracy'));
      charts.addSeries(chart, word('status.passed'), themeColor('--good'), false, false);
      charts.addSeries(chart, word('status.failed'), themeColor('--error'), false, false);
      chart.options.plugins.tooltip = { callbacks: { label: function (item) {
        return item.raw.learner + ': ' + item.raw.x + ' → ' + figure(item.raw.y);
      } } };
    }
    chart.data.datasets[0].data = points('passed');
    chart.data.datasets[1].data = points('failed');
    chart.options.scales.x.title.text = settingLabel(scatterSetting.value);
    chart.options.scales.x.type = axisType();
    chart.update('none');
  }

  /** A colour of the page's theme (the stylesheet's variable), so passed and failed points read in both. */
  function themeColor(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }

  /** The points take the new theme's colours; charts.js re-themes the axes and text. */
  function rethemePoints() {
    if (chart === null) { return; }
    [themeColor('--good'), themeColor('--error')].forEach(function (color, series) {
      chart.data.datasets[series].backgroundColor = color;
      chart.data.datasets[series].borderColor = color;
    });
    chart.update('none');
  }

  /** A lesson's or an assignment's title in the page's language (the English one if it has none there). */
  function titled(item) { return (item.titles && item.titles[language]) || item.title; }

  /** A column header: a word of the catalogue by key, or a title from the data. */
  function column(key, title) {
    var th = element('th', key === null ? title : word(key));
    th.scope = 'col';
    return th;
  }

  /** The class's event stream, read with fetch (an EventSource cannot send the admin token); reconnects. */
  function follow() {
    var headers = { 'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + admin.token() };
    if (seen !== null) { headers['Last-Event-ID'] = String(seen); }
    fetch('/api/classes/' + classId + '/events', { headers: headers }).then(function (response) {
      if (response.status !== 200) { live.textContent = word('notLive', { status: response.status }); return retry(); }
      live.textContent = word('live');
      main.setAttribute('data-live', 'true');
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function read() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { live.textContent = word('reconnecting'); main.removeAttribute('data-live'); return retry(); }
          buffer += decoder.decode(chunk.value, { stream: true });
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            var event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            var id = /^id: ?(\d+)$/m.exec(event);
            if (id) { seen = Math.max(seen || 0, Number(id[1])); }
            if (event.indexOf('event: change') >= 0) { scheduleLoad(); }
          }
          return read();
        });
      }
      return read();
    }).catch(function () { live.textContent = word('reconnecting'); retry(); });
  }

  function retry() { setTimeout(follow, 3000); }

  main.querySelector('.page-previous').addEventListener('click', function () { page = Math.max(0, page - 1); renderLearners(); });
  main.querySelector('.page-next').addEventListener('click', function () { page++; renderLearners(); });
  filter.addEventListener('input', function () { page = 0; if (progress) { renderLearners(); } });
  scatterAssignment.addEventListener('change', renderScatter);
  scatterSetting.addEventListener('change', renderScatter);
  main.querySelector('.csv-link').addEventListener('click', function (event) {
    event.preventDefault();
    // the spreadsheet's headings and words in the page's language too
    fetch('/api/classes/' + classId + '/progress.csv?lang=' + language, { headers: { 'Authorization': 'Bearer ' + admin.token() } })
      .then(function (response) { return response.blob(); })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'divelive-class-' + classId + '-progress.csv';
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      });
  });

  charts.followTheme();
  document.addEventListener('divelive:theme', rethemePoints);
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', rethemePoints);
  dashboard.start(function () { load().then(follow); });
})();
