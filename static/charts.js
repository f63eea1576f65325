// The Chart.js configurations of the widgets, called only through the client's Charts and TrainingChart overlays.
// Every chart is drawn without animation and fed parsed {x, y} points; the widgets call update('none') at most once
// per frame.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};

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
    // y against a linear x, one dataset per label; logY for losses
    lineChart: function (canvas, xTitle, yTitle, logY, labels, colors) {
      var datasets = labels.map(function (label, series) {
        return { label: label, data: [], borderColor: colors[series], backgroundColor: colors[series],
          pointRadius: 0, borderWidth: 1.5, tension: 0 };
      });
      var y = linearAxis(yTitle);
      if (logY) { y.type = 'logarithmic'; y.ticks = { callback: powerOfTenLabel }; }
      return new Chart(canvas, { type: 'line', data: { datasets: datasets },
        options: options(true, { x: linearAxis(xTitle), y: y }) });
    },

    // points (dataset 0) with a straight line over them (dataset 1)
    scatterWithLine: function (canvas, xTitle, yTitle, pointsLabel, lineLabel) {
      return new Chart(canvas, { type: 'scatter', data: { datasets: [
        { label: pointsLabel, data: [], pointRadius: 1.5, backgroundColor: 'rgba(90, 120, 160, 0.45)' },
        { label: lineLabel, type: 'line', data: [], borderColor: '#d9480f', borderWidth: 2, pointRadius: 0 }] },
        options: options(false, { x: linearAxis(xTitle), y: linearAxis(yTitle) }) });
    },

    // an empty scatter chart; its series come from addSeries
    scatterChart: function (canvas, xTitle, yTitle) {
      return new Chart(canvas, { type: 'scatter', data: { datasets: [] },
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
      return new Chart(canvas, { type: 'line', data: { datasets: datasets },
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
      return new Chart(canvas, { type: 'line', data: { datasets: datasets }, options: chartOptions });
    }
  };
})();
