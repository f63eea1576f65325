// The Chart.js configurations of the widgets, called only through the client's Charts and TrainingChart overlays.
// Every chart is drawn without animation and fed parsed {x, y} points; the widgets call update('none') at most once
// per frame. Every chart takes the page theme's colours (again when the reader switches it) and carries its data
// as a table the reader can open, the chart's text alternative.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};
  var TABLE_ROWS = 20;

  // the theme's ink for text and lines, from the stylesheet's variables
  function themeColors() {
    var style = getComputedStyle(document.documentElement);
    return { text: style.getPropertyValue('--muted').trim(), line: style.getPropertyValue('--border').trim() };
  }

  // written into each chart's own options (the plain ones it was built from, not its resolved proxies): Chart.js
  // resolves colours from its defaults when a chart is built, so changing those later does not reach charts that exist
  function applyTheme(chart, colors) {
    var options = chart.config.options;
    function part(owner, key) { return (owner[key] = owner[key] || {}); }
    Object.keys(chart.scales).forEach(function (id) {
      var scale = part(part(options, 'scales'), id);
      part(scale, 'ticks').color = colors.text;
      part(scale, 'title').color = colors.text;
      part(scale, 'grid').color = colors.line;
      part(scale, 'border').color = colors.line;
    });
    var plugins = part(options, 'plugins');
    part(part(plugins, 'legend'), 'labels').color = colors.text;
    part(plugins, 'title').color = colors.text;
  }

  function rethemeAll() {
    var colors = themeColors();
    Chart.defaults.color = colors.text;
    Chart.defaults.borderColor = colors.line;
    Object.values(Chart.instances).forEach(function (chart) {
      applyTheme(chart, colors);
      chart.update('none');
    });
  }

  function number(value) {
    return typeof value === 'number' && isFinite(value) ? String(Number(value.toPrecision(4))) : '–';
  }

  // the chart as a table: x down the side, one column per shown series, at most TABLE_ROWS x values spread over
  // the whole range (the last one always in)
  function fillTable(chart, table) {
    var datasets = chart.data.datasets.filter(function (d, i) { return chart.isDatasetVisible(i); });
    var xs = [];
    datasets.forEach(function (d) { d.data.forEach(function (point) { xs.push(point.x); }); });
    xs = xs.filter(function (x, i, all) { return all.indexOf(x) === i; }).sort(function (a, b) { return a - b; });
    var step = Math.max(1, Math.ceil(xs.length / TABLE_ROWS));
    var rows = xs.filter(function (x, i) { return i % step === 0 || i === xs.length - 1; });
    var xScale = chart.options.scales && chart.options.scales.x;
    var head = '<tr><th scope="col">' + escape(xScale && xScale.title ? xScale.title.text || 'x' : 'x') + '</th>'
      + datasets.map(function (d) { return '<th scope="col">' + escape(d.label || '') + '</th>'; }).join('') + '</tr>';
    var body = rows.map(function (x) {
      return '<tr><th scope="row">' + number(x) + '</th>' + datasets.map(function (d) {
        var point = d.data.find(function (p) { return p.x === x; });
        return '<td>' + (point ? number(point.y) : '–') + '</td>';
      }).join('') + '</tr>';
    }).join('');
    table.innerHTML = '<thead>' + head + '</thead><tbody>' + body + '</tbody>';
  }

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // an openable table under the chart; filled when opened, and refreshed at most once a second while open
  function addDataTable(chart) {
    var canvas = chart.canvas;
    canvas.setAttribute('role', 'img');
    var box = canvas.parentNode;
    var details = document.createElement('details');
    details.className = 'chart-data';
    details.innerHTML = '<summary>' + escape(document.body.getAttribute('data-label-chart-data') || 'Data as a table')
      + '</summary><div class="table-scroll"><table class="widget-table"></table></div>';
    box.parentNode.insertBefore(details, box.nextSibling);
    var table = details.querySelector('table');
    var due = 0;
    details.addEventListener('toggle', function () { if (details.open) { fillTable(chart, table); } });
    chart.$dataTable = function () {
      var now = Date.now();
      if (details.open && now >= due) { due = now + 1000; fillTable(chart, table); }
    };
  }

  Chart.register({ id: 'divelive-data-table', afterUpdate: function (chart) { if (chart.$dataTable) { chart.$dataTable(); } } });

  // Building a chart lays it out and draws it, 100 ms or more for a page's first: a widget's charts are built after
  // its mount, each in a task of its own, so no task holds the page for long. Until then, and after, the widget
  // holds a stand-in with the chart's data and options (the objects Chart.js keeps as chart.data and writes
  // chart.options through to), update and destroy; a chart built later draws whatever data arrived in between. A new
  // chart takes the theme from Chart.defaults, which followTheme keeps current.
  var unbuilt = [];
  function buildNext() {
    var next = unbuilt.shift();
    if (next && !next.destroyed) {
      next.chart = new Chart(next.canvas, next.config);
      addDataTable(next.chart);
    }
    if (unbuilt.length) { setTimeout(buildNext, 0); }
  }
  function make(canvas, config) {
    var standIn = {
      canvas: canvas, config: config, data: config.data, options: config.options, chart: null, destroyed: false,
      update: function (mode) { if (standIn.chart) { standIn.chart.update(mode); } },
      destroy: function () {
        standIn.destroyed = true;
        if (standIn.chart) { standIn.chart.destroy(); }
      }
    };
    unbuilt.push(standIn);
    if (unbuilt.length === 1) { setTimeout(buildNext, 0); }
    return standIn;
  }

  function linearAxis(title) {
    return { type: 'linear', title: { display: true, text: title } };
  }

  // on a log axis, label only the powers of ten, as 1e-4 rather than 0.00010
  function powerOfTenLabel(tickValue) {
    var exponent = Math.round(Math.log(tickValue) / Math.LN10);
    return Math.abs(tickValue / Math.pow(10, exponent) - 1) < 1e-6 ? '1e' + exponent : '';
  }

  // sorted: the points come in order of x (curves over time or over a grid), which lets Chart.js skip sorting
  function options(sorted, scales, plugins) {
    return { animation: false, parsing: false, normalized: sorted, responsive: true, maintainAspectRatio: false,
      scales: scales, plugins: plugins || {} };
  }

  DiveLive.charts = {
    // every chart, now and later, in the theme's colours when the reader or the system switches it
    followTheme: function () {
      rethemeAll();
      document.addEventListener('divelive:theme', rethemeAll);
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', rethemeAll);
    },

    // y against a linear x, one dataset per label; logY for losses
    lineChart: function (canvas, xTitle, yTitle, logY, labels, colors) {
      var datasets = labels.map(function (label, series) {
        return { label: label, data: [], borderColor: colors[series], backgroundColor: colors[series],
          pointRadius: 0, borderWidth: 1.5, tension: 0 };
      });
      var y = linearAxis(yTitle);
      if (logY) { y.type = 'logarithmic'; y.ticks = { callback: powerOfTenLabel }; }
      return make(canvas, { type: 'line', data: { datasets: datasets },
        options: options(true, { x: linearAxis(xTitle), y: y }) });
    },

    // points (dataset 0) with a straight line over them (dataset 1)
    scatterWithLine: function (canvas, xTitle, yTitle, pointsLabel, lineLabel) {
      return make(canvas, { type: 'scatter', data: { datasets: [
        { label: pointsLabel, data: [], pointRadius: 1.5, backgroundColor: 'rgba(90, 120, 160, 0.45)' },
        { label: lineLabel, type: 'line', data: [], borderColor: '#d9480f', borderWidth: 2, pointRadius: 0 }] },
        options: options(false, { x: linearAxis(xTitle), y: linearAxis(yTitle) }) });
    },

    // an empty scatter chart; its series come from addSeries
    scatterChart: function (canvas, xTitle, yTitle) {
      return make(canvas, { type: 'scatter', data: { datasets: [] },
        options: options(false, { x: linearAxis(xTitle), y: linearAxis(yTitle) }) });
    },

    // points (line false) or a line without point marks, solid or dashed; answers the new dataset's index
    addSeries: function (chart, label, color, line, dashed) {
      chart.data.datasets.push({ label: label, data: [], borderColor: color, backgroundColor: color,
        showLine: line, pointRadius: line ? 0 : 2.5, borderWidth: line ? 2 : 1, tension: 0,
        borderDash: dashed ? [6, 4] : [] });
      return chart.data.datasets.length - 1;
    },

    // curves under a title, dataset i solid when dashes[i] is 0, else dashed with that dash length, and a last
    // dataset of points only, marking one x on the curves. No legend (Chart.js draws dashed lines in it as boxes):
    // the page says in words what is dashed.
    curves: function (canvas, title, xTitle, yTitle, labels, colors, dashes, markerLabel) {
      var datasets = labels.map(function (label, series) {
        return { label: label, data: [], borderColor: colors[series], backgroundColor: colors[series],
          borderDash: dashes[series] > 0 ? [dashes[series], dashes[series] / 2] : [],
          pointRadius: 0, borderWidth: 2, tension: 0 };
      });
      datasets.push({ label: markerLabel, data: [], showLine: false, pointRadius: 5, pointHoverRadius: 6,
        borderColor: '#495057', backgroundColor: '#f8f9fa', borderWidth: 2 });
      return make(canvas, { type: 'line', data: { datasets: datasets },
        options: options(true, { x: linearAxis(xTitle), y: linearAxis(yTitle) },
          { legend: { display: false }, title: { display: true, text: title } }) });
    },

    // the classifier widgets' chart over epochs: losses on the left axis, accuracies (0 to 1) on the right. Series
    // by index: step loss (smoothed), train loss, train accuracy, test accuracy, then the server's test accuracy and
    // train loss, hidden (and out of the legend) until a server run shows them
    trainingChart: function (canvas, labels, epochTitle, lossTitle, accuracyTitle) {
      var colors = ['rgba(28,126,214,0.55)', '#1c7ed6', '#2b8a3e', '#e8590c', '#862e9c', '#ae3ec9'];
      var axes = ['loss', 'loss', 'accuracy', 'accuracy', 'accuracy', 'loss'];
      var datasets = labels.map(function (label, series) {
        return { label: label, data: [], yAxisID: axes[series], borderColor: colors[series],
          backgroundColor: colors[series], borderWidth: series === 0 ? 1 : 2, pointRadius: series === 0 ? 0 : 2.5,
          borderDash: series >= 4 ? [6, 4] : [], tension: 0, hidden: series >= 4 };
      });
      var chartOptions = options(false, {
        x: { type: 'linear', min: 0, title: { display: true, text: epochTitle } },
        loss: { type: 'linear', position: 'left', min: 0, title: { display: true, text: lossTitle } },
        accuracy: { type: 'linear', position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false },
          title: { display: true, text: accuracyTitle } }
      }, { legend: { labels: { filter: function (item) { return item.datasetIndex < 4 || !item.hidden; } } } });
      chartOptions.interaction = { mode: 'nearest', intersect: false };
      return make(canvas, { type: 'line', data: { datasets: datasets }, options: chartOptions });
    }
  };
})();
