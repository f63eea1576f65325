// A loss surface over two parameters as filled contour bands on a canvas, with a path over it, for the client's
// ContourPlot overlay. The surface is rendered once into an image kept on the canvas (drawSurface); each frame then
// only copies it and draws the path (drawPath). Colours follow log10 of the value in 16 equal bands from the grid's
// lowest value (dark) to its highest (light), so the valley shows whatever the level of the surface.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};
  var MARGIN = { left: 40, right: 10, top: 10, bottom: 34 };
  var BANDS = 16;
  // dark to light
  var STOPS = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

  function plotArea(canvas) {
    return { width: canvas.width - MARGIN.left - MARGIN.right, height: canvas.height - MARGIN.top - MARGIN.bottom };
  }

  // the colour of a band in [0, 1], between the two stops around it
  function bandColor(band) {
    var scaled = Math.min(band * (STOPS.length - 1), STOPS.length - 1 - 1e-4);
    var stop = Math.floor(scaled);
    var mix = scaled - stop;
    return [0, 1, 2].map(function (channel) {
      return Math.round(STOPS[stop][channel] * (1 - mix) + STOPS[stop + 1][channel] * mix);
    });
  }

  // values: the grid row-major, row 0 at the bottom, both ends included; log10 values are interpolated between
  // grid points
  function drawSurface(canvas, values, columns, rows) {
    var area = plotArea(canvas);
    var logs = new Float64Array(values.length);
    var lowest = Infinity;
    var highest = -Infinity;
    for (var at = 0; at < values.length; at++) {
      logs[at] = Math.log(Math.max(values[at], 1e-12)) / Math.LN10;
      lowest = Math.min(lowest, logs[at]);
      highest = Math.max(highest, logs[at]);
    }
    var span = Math.max(highest - lowest, 1e-9);
    var image = new ImageData(area.width, area.height);
    for (var row = 0; row < area.height; row++) {
      var gridY = (1 - row / (area.height - 1)) * (rows - 1);
      var below = Math.min(Math.floor(gridY), rows - 2);
      var up = gridY - below;
      for (var column = 0; column < area.width; column++) {
        var gridX = column / (area.width - 1) * (columns - 1);
        var left = Math.min(Math.floor(gridX), columns - 2);
        var right = gridX - left;
        var corner = below * columns + left;
        var level = (logs[corner] * (1 - right) + logs[corner + 1] * right) * (1 - up)
          + (logs[corner + columns] * (1 - right) + logs[corner + columns + 1] * right) * up;
        var color = bandColor(Math.min(Math.floor((level - lowest) / span * BANDS), BANDS - 1) / (BANDS - 1));
        var pixel = 4 * (row * area.width + column);
        image.data[pixel] = color[0];
        image.data[pixel + 1] = color[1];
        image.data[pixel + 2] = color[2];
        image.data[pixel + 3] = 255;
      }
    }
    var surface = document.createElement('canvas');
    surface.width = area.width;
    surface.height = area.height;
    surface.getContext('2d').putImageData(image, 0, 0);
    canvas.divelivesurface = surface;
  }

  // a tick spacing of 1, 2 or 5 times a power of ten that puts at most about 7 ticks on the span, so the axes stay
  // readable when the window grows to follow a diverging path
  function tickStep(span) {
    var rough = span / 7;
    var power = Math.pow(10, Math.floor(Math.log(rough) / Math.LN10));
    var nice = [1, 2, 5, 10].filter(function (factor) { return factor * power >= rough; })[0];
    return Math.max(1, nice * power);
  }

  function tickLabel(value) { return String(Number(value.toPrecision(6))); }

  // the frame with ticks on both axes (whole numbers, spaced by tickStep) and their titles
  function drawAxes(context, area, toX, toY, bounds, xTitle, yTitle) {
    context.strokeRect(MARGIN.left, MARGIN.top, area.width, area.height);
    context.textAlign = 'center';
    context.textBaseline = 'top';
    var bottom = MARGIN.top + area.height;
    var step = tickStep(bounds.xMax - bounds.xMin);
    for (var tick = Math.ceil(bounds.xMin / step) * step; tick <= bounds.xMax; tick += step) {
      context.beginPath();
      context.moveTo(toX(tick), bottom);
      context.lineTo(toX(tick), bottom + 4);
      context.stroke();
      context.fillText(tickLabel(tick), toX(tick), bottom + 6);
    }
    context.fillText(xTitle, MARGIN.left + area.width / 2, bottom + 19);
    context.textAlign = 'right';
    context.textBaseline = 'middle';
    step = tickStep(bounds.yMax - bounds.yMin);
    for (tick = Math.ceil(bounds.yMin / step) * step; tick <= bounds.yMax; tick += step) {
      context.beginPath();
      context.moveTo(MARGIN.left - 4, toY(tick));
      context.lineTo(MARGIN.left, toY(tick));
      context.stroke();
      context.fillText(tickLabel(tick), MARGIN.left - 6, toY(tick));
    }
    context.save();
    context.translate(10, MARGIN.top + area.height / 2);
    context.rotate(-Math.PI / 2);
    context.textAlign = 'center';
    context.fillText(yTitle, 0, 0);
    context.restore();
  }

  // the rendered surface, the axes, a cross at (markX, markY) and the path through count points, its last one
  // highlighted
  function drawPath(canvas, xMin, xMax, yMin, yMax, xs, ys, count, markX, markY, xTitle, yTitle) {
    var area = plotArea(canvas);
    var context = canvas.getContext('2d');
    var ink = getComputedStyle(canvas).color;
    function toX(value) { return MARGIN.left + (value - xMin) / (xMax - xMin) * area.width; }
    function toY(value) { return MARGIN.top + (1 - (value - yMin) / (yMax - yMin)) * area.height; }
    context.clearRect(0, 0, canvas.width, canvas.height);
    if (canvas.divelivesurface) { context.drawImage(canvas.divelivesurface, MARGIN.left, MARGIN.top); }
    context.fillStyle = ink;
    context.strokeStyle = ink;
    context.font = '11px sans-serif';
    context.lineWidth = 1;
    drawAxes(context, area, toX, toY, { xMin: xMin, xMax: xMax, yMin: yMin, yMax: yMax }, xTitle, yTitle);
    context.save();
    context.beginPath();
    context.rect(MARGIN.left, MARGIN.top, area.width, area.height);
    context.clip();
    context.strokeStyle = '#ffffff';
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(toX(markX) - 6, toY(markY) - 6);
    context.lineTo(toX(markX) + 6, toY(markY) + 6);
    context.moveTo(toX(markX) + 6, toY(markY) - 6);
    context.lineTo(toX(markX) - 6, toY(markY) + 6);
    context.stroke();
    if (count > 0) {
      context.strokeStyle = '#ff6b6b';
      context.beginPath();
      context.moveTo(toX(xs[0]), toY(ys[0]));
      for (var point = 1; point < count; point++) { context.lineTo(toX(xs[point]), toY(ys[point])); }
      context.stroke();
      context.fillStyle = '#e03131';
      context.strokeStyle = '#ffffff';
      context.beginPath();
      context.arc(toX(xs[count - 1]), toY(ys[count - 1]), 5, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
    context.restore();
  }

  DiveLive.contourPlot = { drawSurface: drawSurface, drawPath: drawPath };
})();
