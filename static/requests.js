// Requests to the server for the client's Http and ServerEvents overlays: binary downloads with progress (fetch has
// no progress events, XMLHttpRequest does), JSON posts, and Server-Sent Events.
(function () {
  'use strict';
  var DiveLive = window.DiveLive = window.DiveLive || {};

  // the server's own message when it sent one ({"error": "…"}), else the text, else the status
  function errorMessage(status, text) {
    var message = text;
    try {
      var body = JSON.parse(text);
      message = body.error || body.message || text;
    } catch (notJson) {
      // plain text
    }
    return message || ('the server answered ' + status);
  }

  // a gzip file (its first bytes 1f 8b) is unpacked; anything else is handed on as it came
  function unpacked(url, buffer, done, failed) {
    var head = new Uint8Array(buffer, 0, Math.min(2, buffer.byteLength));
    if (head[0] !== 0x1f || head[1] !== 0x8b) {
      done(buffer);
      return;
    }
    new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
      .then(done, function (unpackError) { failed(0, 'the file ' + url + ' is damaged: ' + unpackError); });
  }

  // url → the pagehide listener that cancels it (see cancelOnLeave)
  var cancelsOnLeave = {};

  DiveLive.requests = {
    // progress(loaded, total) with total −1 when the server does not say; done(arrayBuffer); failed(status, message)
    getBytes: function (url, progress, done, failed) {
      var request = new XMLHttpRequest();
      request.open('GET', url);
      request.responseType = 'arraybuffer';
      request.onprogress = function (event) { progress(event.loaded, event.lengthComputable ? event.total : -1); };
      request.onload = function () {
        if (request.status === 200) { unpacked(url, request.response, done, failed); return; }
        failed(request.status, errorMessage(request.status, new TextDecoder().decode(request.response)));
      };
      request.onerror = function () { failed(0, 'the server could not be reached'); };
      request.send();
    },

    // answer(status, body), with 0 and a description when the server could not be reached; a token ('' for none)
    // authorises the request (a run's cancel token)
    postJson: function (url, json, answer, token) {
      var request = new XMLHttpRequest();
      request.open('POST', url);
      request.setRequestHeader('Content-Type', 'application/json');
      // a reader who joined a class runs as that learner (static/classmode.js sets DiveLiveLearner)
      if (token) {
        request.setRequestHeader('Authorization', 'Bearer ' + token);
      } else if (window.DiveLiveLearner) {
        request.setRequestHeader('Authorization', 'Bearer ' + window.DiveLiveLearner.token);
      }
      request.onload = function () { answer(request.status, request.responseText); };
      request.onerror = function () { answer(0, 'the server could not be reached'); };
      request.send(json);
    },

    // answer(status, body) of a GET, with 0 and a description when the server could not be reached
    getText: function (url, answer) {
      var request = new XMLHttpRequest();
      request.open('GET', url);
      request.onload = function () { answer(request.status, request.responseText); };
      request.onerror = function () { answer(0, 'the server could not be reached'); };
      request.send();
    },

    // while a token is set for the url, leaving the page (closing it, or going elsewhere) posts the cancel; the empty
    // token stops it. A keepalive fetch outlives the page, which an XMLHttpRequest does not
    cancelOnLeave: function (url, token) {
      var leaving = cancelsOnLeave[url];
      if (leaving) { window.removeEventListener('pagehide', leaving); delete cancelsOnLeave[url]; }
      if (!token) { return; }
      cancelsOnLeave[url] = function () {
        fetch(url, { method: 'POST', keepalive: true, body: '{}',
          headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token } });
      };
      window.addEventListener('pagehide', cancelsOnLeave[url]);
    },

    // a field of a JSON text as text (objects as JSON), or '' when it is missing or the text is not JSON
    field: function (json, key) {
      try {
        var value = JSON.parse(json)[key];
        if (value === undefined || value === null) { return ''; }
        return typeof value === 'object' ? JSON.stringify(value) : String(value);
      } catch (notJson) {
        return '';
      }
    },

    // listener(name, data) for each of the named events; the stream closes after the final 'end', and a stream
    // the browser gives up on reports 'error'
    serverEvents: function (url, names, listener) {
      var source = new EventSource(url);
      names.forEach(function (name) {
        source.addEventListener(name, function (event) {
          if (name === 'end') { source.close(); }
          listener(name, event.data);
        });
      });
      source.onerror = function () {
        if (source.readyState === EventSource.CLOSED) { listener('error', '{}'); }
      };
      return source;
    }
  };
})();
