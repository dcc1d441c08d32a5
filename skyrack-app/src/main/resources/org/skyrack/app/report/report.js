/*
 * skyrack report.html: draws each chart container on the page (div.chart, id "chart-NAME") from the
 * JSON embedded in the page. The Java side leaves out a container whose data the run lacks, so
 * every container here has something to draw. Names from the scenario only reach the page as
 * canvas text or through esc(); the charts' instances are kept in window.skyrackCharts for the
 * browser check.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('skyrack-data').textContent);
  var land = JSON.parse(document.getElementById('skyrack-land').textContent);
  var s = data.summary;
  var t = data.tables || {};
  var epochMs = Date.parse(s.epoch_utc);
  var names = t.satellite_names || [];
  var charts = {};
  window.skyrackCharts = charts;

  function satName(i) { return names[i] !== undefined ? names[i] : 'satellite ' + i; }
  function time(ts) { return epochMs + ts * 1000; }
  function esc(v) {
    return String(v).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function pct(f) { return f == null ? null : 100 * f; }
  function fixed(v, d) { return v == null ? '—' : Number(v).toFixed(d); }
  function stationName(i) {
    return t.stations && t.stations[i] ? t.stations[i].name : 'station ' + i;
  }

  function draw(id, option) {
    var el = document.getElementById('chart-' + id);
    if (!el) { return; }
    var chart = echarts.init(el, null, {renderer: 'canvas'});
    option.animation = false;
    if (!option.grid) { option.grid = {left: 70, right: 70, top: 40, bottom: 40}; }
    chart.setOption(option);
    charts[id] = chart;
  }

  function timeAxis() { return {type: 'time', axisLabel: {hideOverlap: true}}; }

  // --- the constellation -------------------------------------------------------------------
  /** Lines of [lon, lat] cut where they jump across the map's edge (the antimeridian), so none spans the map. */
  function splitAtAntimeridian(lines) {
    var out = [];
    lines.forEach(function (line) {
      var cur = [];
      line.forEach(function (p) {
        if (cur.length && Math.abs(p[0] - cur[cur.length - 1][0]) > 180) {
          if (cur.length > 1) { out.push(cur); }
          cur = [];
        }
        cur.push(p);
      });
      if (cur.length > 1) { out.push(cur); }
    });
    return out;
  }

  (function map() {
    var series = [{
      name: 'coastline', type: 'lines', coordinateSystem: 'cartesian2d', polyline: true, silent: true,
      lineStyle: {color: '#7b8a99', width: 1, opacity: 1},
      data: splitAtAntimeridian(land).map(function (seg) { return {coords: seg}; })
    }];
    var palette = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#e67700', '#0c8599', '#c2255c', '#5c940d',
      '#3b5bdb', '#862e9c', '#a61e4d', '#087f5b'];
    (t.tracks || []).forEach(function (track, k) {
      var segments = splitAtAntimeridian([track.points.map(function (p) { return [p[1], p[2]]; })]);
      series.push({
        name: satName(track.satellite), type: 'lines', coordinateSystem: 'cartesian2d', polyline: true,
        lineStyle: {color: palette[k % palette.length], width: 1.5, opacity: 0.9},
        data: segments.map(function (seg) { return {coords: seg}; })
      });
    });
    if (t.stations) {
      series.push({
        name: 'ground stations', type: 'scatter', symbol: 'triangle', symbolSize: 12, itemStyle: {color: '#111'},
        label: {show: true, position: 'right', formatter: '{b}', fontSize: 11},
        data: t.stations.map(function (st) { return {name: st.name, value: [st.longitude_deg, st.latitude_deg]}; })
      });
    }
    draw('map', {
      grid: {left: 55, right: 20, top: 30, bottom: 40},
      tooltip: {trigger: 'item', formatter: function (p) { return esc(p.seriesName === 'ground stations' ? p.name : p.seriesName); }},
      legend: {type: 'scroll', top: 0, data: series.slice(1).map(function (x) { return x.name; })},
      xAxis: {type: 'value', min: -180, max: 180, interval: 30, name: 'longitude deg', nameLocation: 'middle', nameGap: 25,
        axisLine: {onZero: false}, splitLine: {lineStyle: {color: '#eef1f4'}}},
      yAxis: {type: 'value', min: -90, max: 90, interval: 30, name: 'latitude deg', nameLocation: 'middle', nameGap: 32,
        axisLine: {onZero: false}, splitLine: {lineStyle: {color: '#eef1f4'}}},
      series: series
    });
  })();

  if (t.planes) {
    var groups = {};
    t.planes.forEach(function (p) {
      (groups[p.group_name] = groups[p.group_name] || []).push([p.raan_deg, p.inclination_deg, p.altitude_km, p.satellite]);
    });
    draw('planes', {
      tooltip: {trigger: 'item', formatter: function (p) {
        return esc(satName(p.value[3])) + '<br>RAAN ' + fixed(p.value[0], 2) + ' deg, inclination '
          + fixed(p.value[1], 3) + ' deg, altitude ' + fixed(p.value[2], 1) + ' km';
      }},
      legend: {type: 'scroll', top: 0},
      xAxis: {type: 'value', name: 'RAAN deg', nameLocation: 'middle', nameGap: 25, scale: true},
      yAxis: {type: 'value', name: 'inclination deg', scale: true},
      series: Object.keys(groups).map(function (g) {
        return {name: g, type: 'scatter', symbolSize: 7, data: groups[g]};
      })
    });
  }

  // --- sunlight ------------------------------------------------------------------------------
  if (t.eclipse_calendar) {
    var cal = t.eclipse_calendar;
    var cols = [];
    for (var c = 0; c < cal.columns; c++) {
      cols.push(new Date(epochMs + c * cal.days_per_column * 86400000).toISOString().slice(0, 10));
    }
    var maxMin = 1;
    cal.cells.forEach(function (x) { maxMin = Math.max(maxMin, x[2]); });
    draw('eclipses', {
      grid: {left: 140, right: 90, top: 20, bottom: 60},
      tooltip: {formatter: function (p) {
        return esc(satName(cal.satellites[p.value[1]])) + ', ' + cols[p.value[0]] + ': ' + fixed(p.value[2], 1)
          + ' min in umbra';
      }},
      xAxis: {type: 'category', data: cols, name: cal.days_per_column > 1 ? cal.days_per_column + '-day bins' : 'day (UTC)',
        nameLocation: 'middle', nameGap: 40},
      yAxis: {type: 'category', data: cal.satellites.map(satName), axisLabel: {fontSize: 9}},
      visualMap: {min: 0, max: maxMin, calculable: true, orient: 'vertical', right: 5, top: 'center',
        text: ['min', ''], inRange: {color: ['#fff7d6', '#f59f00', '#343a40']}},
      series: [{name: 'minutes in umbra', type: 'heatmap', data: cal.cells}]
    });
  }

  // --- power and heat ------------------------------------------------------------------------
  if (t.power) {
    var bins = t.power.bins;
    draw('power', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: timeAxis(),
      yAxis: [{type: 'value', name: 'W'}, {type: 'value', name: '%', min: 0, max: 100}],
      series: [
        {name: 'array output W', type: 'line', step: 'end', showSymbol: false,
          data: bins.map(function (b) { return [time(b.t_s), b.array_power_w]; })},
        {name: 'load W', type: 'line', step: 'end', showSymbol: false,
          data: bins.map(function (b) { return [time(b.t_s), b.load_w]; })},
        {name: 'state of charge % (lowest in bin)', type: 'line', yAxisIndex: 1, showSymbol: false,
          data: bins.map(function (b) { return [time(b.t_s), pct(b.min_state_of_charge_fraction)]; })},
        {name: 'compute %', type: 'line', yAxisIndex: 1, step: 'end', showSymbol: false, lineStyle: {type: 'dashed'},
          data: bins.map(function (b) { return [time(b.t_s), pct(b.compute_fraction)]; })}
      ]
    });
    draw('heat', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: timeAxis(),
      yAxis: [{type: 'value', name: 'deg C', scale: true}, {type: 'value', name: '% throttled', min: 0, max: 100}],
      series: [
        {name: 'deck temperature deg C (highest in bin)', type: 'line', showSymbol: false, color: '#c92a2a',
          data: bins.map(function (b) { return [time(b.t_s), b.max_deck_temperature_c]; })},
        {name: 'throttled by power %', type: 'line', step: 'end', yAxisIndex: 1, stack: 'throttle', showSymbol: false,
          areaStyle: {opacity: 0.4}, color: '#1971c2',
          data: bins.map(function (b) { return [time(b.t_s), pct(b.power_throttled_fraction)]; })},
        {name: 'throttled by heat %', type: 'line', step: 'end', yAxisIndex: 1, stack: 'throttle', showSymbol: false,
          areaStyle: {opacity: 0.4}, color: '#e67700',
          data: bins.map(function (b) { return [time(b.t_s), pct(b.thermal_throttled_fraction)]; })}
      ]
    });
  }

  if (t.envelope) {
    var env = t.envelope;
    function band(stack, lo, hi, axis, color, label) {
      return [
        {name: label + ' range', type: 'line', stack: stack, yAxisIndex: axis, showSymbol: false, lineStyle: {opacity: 0},
          data: env.map(function (b) { return [time(b.t_s), lo(b)]; }), tooltip: {show: false}},
        {name: label + ' range', type: 'line', stack: stack, yAxisIndex: axis, showSymbol: false, lineStyle: {opacity: 0},
          areaStyle: {color: color, opacity: 0.25}, color: color,
          data: env.map(function (b) { return [time(b.t_s), hi(b) - lo(b)]; })}
      ];
    }
    draw('envelope', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0, data: ['state of charge % mean', 'state of charge % range', 'deck deg C mean', 'deck deg C range']},
      xAxis: timeAxis(),
      yAxis: [{type: 'value', name: '% charge', min: 0, max: 100}, {type: 'value', name: 'deg C', scale: true}],
      series: band('soc', function (b) { return pct(b.soc_min); }, function (b) { return pct(b.soc_max); }, 0, '#1971c2',
        'state of charge %')
        .concat(band('deck', function (b) { return b.deck_min_c; }, function (b) { return b.deck_max_c; }, 1, '#c92a2a',
          'deck deg C'))
        .concat([
          {name: 'state of charge % mean', type: 'line', showSymbol: false, color: '#1971c2',
            data: env.map(function (b) { return [time(b.t_s), pct(b.soc_mean)]; })},
          {name: 'deck deg C mean', type: 'line', yAxisIndex: 1, showSymbol: false, color: '#c92a2a',
            data: env.map(function (b) { return [time(b.t_s), b.deck_mean_c]; })}
        ])
    });
  }

  var months = (s.power && s.power.months) || [];
  if (months.length) {
    draw('months', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: {type: 'category', data: months.map(function (m) { return m.month; })},
      yAxis: {type: 'value', name: '%', min: 0, max: 100},
      series: [
        {name: 'compute available %', type: 'bar', data: months.map(function (m) { return pct(m.compute_available_fraction); })},
        {name: 'throttled by power %', type: 'bar', data: months.map(function (m) { return pct(m.power_throttled_fraction); })},
        {name: 'lowest state of charge %', type: 'line',
          data: months.map(function (m) { return pct(m.min_state_of_charge_fraction); })}
      ]
    });
  }

  // --- links ---------------------------------------------------------------------------------
  if (t.contacts) {
    var stationCount = t.stations ? t.stations.length : 0;
    t.contacts.forEach(function (x) { stationCount = Math.max(stationCount, x.station + 1); });
    var stationNames = [];
    for (var i = 0; i < stationCount; i++) { stationNames.push(stationName(i)); }
    draw('contacts', {
      grid: {left: 110, right: 30, top: 20, bottom: 40},
      tooltip: {formatter: function (p) {
        return esc(stationNames[p.value[0]]) + ': ' + new Date(p.value[1]).toISOString().slice(0, 16) + ' to '
          + new Date(p.value[2]).toISOString().slice(11, 16) + ' UTC, ' + p.value[3] + ' pass(es)';
      }},
      xAxis: timeAxis(),
      yAxis: {type: 'category', data: stationNames},
      series: [{
        name: 'in contact', type: 'custom', encode: {x: [1, 2], y: 0},
        renderItem: function (params, api) {
          var a = api.coord([api.value(1), api.value(0)]);
          var b = api.coord([api.value(2), api.value(0)]);
          var h = api.size([0, 1])[1] * 0.6;
          return {type: 'rect', shape: {x: a[0], y: a[1] - h / 2, width: Math.max(b[0] - a[0], 1), height: h},
            style: api.style({fill: '#1971c2'})};
        },
        data: t.contacts.map(function (x) { return [x.station, time(x.start_s), time(x.end_s), x.passes]; })
      }]
    });
  }

  if (t.isl) {
    var used = {};
    t.isl.forEach(function (l) { used[l.satellite_a] = true; used[l.satellite_b] = true; });
    var nodes = Object.keys(used).map(function (k) {
      return {id: String(k), name: satName(Number(k)), symbolSize: 8};
    });
    draw('isl', {
      tooltip: {formatter: function (p) {
        if (p.dataType === 'edge') {
          return esc(satName(Number(p.data.source))) + ' – ' + esc(satName(Number(p.data.target))) + ': up '
            + fixed(100 * p.data.up, 1) + ' %, closest ' + fixed(p.data.range, 3) + ' km';
        }
        return esc(p.name);
      }},
      series: [{
        name: 'inter-satellite links', type: 'graph', layout: 'force', roam: true,
        force: {repulsion: 60, edgeLength: 25, gravity: 0.1, layoutAnimation: false},
        data: nodes,
        lineStyle: {color: '#495057', opacity: 0.7},
        links: t.isl.map(function (l) {
          return {source: String(l.satellite_a), target: String(l.satellite_b), up: l.up_fraction,
            range: l.min_range_km, lineStyle: {width: 0.5 + 2.5 * Math.min(1, l.up_fraction)}};
        })
      }]
    });
  }

  // --- work ----------------------------------------------------------------------------------
  if (t.jobs) {
    var fleetAcc = (s.fleet && s.fleet.accelerators) || 1;
    var events = [];
    t.jobs.forEach(function (j) {
      if (j.started_s != null) {
        events.push([j.started_s, j.accelerators]);
        events.push([j.finished_s != null ? j.finished_s : s.duration_s, -j.accelerators]);
      }
    });
    events.sort(function (a, b) { return a[0] - b[0]; });
    var allocated = 0;
    var util = [[time(0), 0]];
    events.forEach(function (e) { allocated += e[1]; util.push([time(e[0]), 100 * allocated / fleetAcc]); });
    util.push([time(s.duration_s), 100 * allocated / fleetAcc]);
    draw('utilization', {
      tooltip: {trigger: 'axis'},
      xAxis: timeAxis(),
      yAxis: {type: 'value', name: '% of accelerators', min: 0, max: 100},
      series: [{name: 'allocated to jobs %', type: 'line', step: 'end', showSymbol: false, areaStyle: {opacity: 0.3},
        data: util}]
    });
    var jobNames = t.jobs.map(function (j) { return j.job; });
    draw('jobs', {
      tooltip: {trigger: 'axis', formatter: function (ps) {
        return esc(ps[0].name) + ps.map(function (p) {
          return '<br>' + esc(p.seriesName) + ': ' + Number(p.value).toPrecision(3);
        }).join('');
      }},
      legend: {top: 0},
      xAxis: {type: 'category', data: jobNames},
      yAxis: [{type: 'value', name: 'FLOP', axisLabel: {formatter: function (v) { return v === 0 ? '0' : v.toExponential(1); }}},
        {type: 'value', name: 'restarts', minInterval: 1}],
      series: [
        {name: 'kept FLOP', type: 'bar', stack: 'work', data: t.jobs.map(function (j) { return j.kept_flop; })},
        {name: 'lost FLOP', type: 'bar', stack: 'work', data: t.jobs.map(function (j) { return j.lost_flop; })},
        {name: 'in progress FLOP', type: 'bar', stack: 'work', data: t.jobs.map(function (j) { return j.in_progress_flop; })},
        {name: 'restarts', type: 'scatter', yAxisIndex: 1, symbolSize: 12,
          data: t.jobs.map(function (j) { return j.restarts; })}
      ]
    });
  }

  if (t.latency) {
    var lat = t.latency;
    var labels = [];
    var within = [];
    var violating = [];
    for (var k = 0; k < 40; k++) {
      labels.push(fixed(k * lat.bin_ms, 1));
      within.push(0);
      violating.push(0);
    }
    lat.bins.forEach(function (b) { within[b.bin] = b.within; violating[b.bin] = b.violating; });
    draw('latency', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: {type: 'category', data: labels, name: 'latency ms (bin start)', nameLocation: 'middle', nameGap: 25},
      yAxis: {type: 'value', name: 'requests'},
      series: [
        {name: 'within the objective', type: 'bar', stack: 'r', color: '#2f9e44', data: within},
        {name: 'violating the objective', type: 'bar', stack: 'r', color: '#c92a2a', data: violating}
      ]
    });
  }

  if (t.faults) {
    var kinds = [];
    var days = [];
    t.faults.forEach(function (f) {
      if (kinds.indexOf(f.kind) < 0) { kinds.push(f.kind); }
      if (days.indexOf(f.day) < 0) { days.push(f.day); }
    });
    days.sort(function (a, b) { return a - b; });
    draw('faults', {
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      xAxis: {type: 'category', name: 'day', data: days.map(function (d) {
        return new Date(epochMs + d * 86400000).toISOString().slice(0, 10);
      })},
      yAxis: {type: 'value', name: 'faults'},
      series: kinds.map(function (kind) {
        var counts = days.map(function () { return 0; });
        t.faults.forEach(function (f) { if (f.kind === kind) { counts[days.indexOf(f.day)] = f.faults; } });
        return {name: kind, type: 'bar', stack: 'f', data: counts};
      })
    });
  }

  // --- launch --------------------------------------------------------------------------------
  if (t.launches) {
    var vehicles = [];
    t.launches.forEach(function (l) { if (vehicles.indexOf(l.vehicle) < 0) { vehicles.push(l.vehicle); } });
    function launchPoint(l) {
      return {value: [Date.parse(l.date + 'T00:00:00Z'), vehicles.indexOf(l.vehicle), l.satellites, l.price_usd],
        name: l.group_name};
    }
    var launched = 0;
    var cumulative = [];
    t.launches.forEach(function (l) {
      if (!l.failed) { launched += l.satellites; }
      cumulative.push([Date.parse(l.date + 'T00:00:00Z'), launched]);
    });
    function kind(filter, name, color) {
      return {name: name, type: 'scatter', color: color,
        symbolSize: function (v) { return 8 + 3 * Math.sqrt(v[2]); },
        data: t.launches.filter(filter).map(launchPoint)};
    }
    draw('launches', {
      grid: {left: 130, right: 80, top: 40, bottom: 40},
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.seriesName === 'satellites launched') {
          return 'satellites launched: ' + p.value[1];
        }
        return esc(p.seriesName) + ': ' + new Date(p.value[0]).toISOString().slice(0, 10) + ', '
          + esc(vehicles[p.value[1]]) + ', ' + p.value[2] + ' satellites of ' + esc(p.name) + ', '
          + fixed(p.value[3] / 1e6, 1) + ' M$';
      }},
      legend: {top: 0},
      xAxis: timeAxis(),
      yAxis: [{type: 'category', data: vehicles}, {type: 'value', name: 'satellites', minInterval: 1}],
      series: [
        kind(function (l) { return !l.failed && !l.replenishment; }, 'deployment', '#1971c2'),
        kind(function (l) { return !l.failed && l.replenishment; }, 'replenishment', '#2f9e44'),
        kind(function (l) { return l.failed; }, 'failed', '#c92a2a'),
        {name: 'satellites launched', type: 'line', step: 'end', yAxisIndex: 1, color: '#868e96', data: cumulative}
      ].filter(function (x) { return x.type === 'line' || x.data.length; })
    });
  }

  // --- cost ----------------------------------------------------------------------------------
  var econ = s.economics;
  var costs = t.costs || [];
  var orbitItems = costs.filter(function (x) { return x.side === 'orbit'; });
  var groundItems = costs.filter(function (x) { return x.side === 'ground'; });
  if (orbitItems.length) {
    var base = [];
    var value = [];
    var running = 0;
    orbitItems.forEach(function (x) {
      base.push(x.usd_per_kw_year >= 0 ? running : running + x.usd_per_kw_year);
      value.push(Math.abs(x.usd_per_kw_year));
      running += x.usd_per_kw_year;
    });
    base.push(0);
    value.push(running);
    var cats = orbitItems.map(function (x) { return x.item; }).concat(['total']);
    var wf = {
      tooltip: {trigger: 'axis', formatter: function (ps) {
        var p = ps[ps.length - 1];
        return esc(p.name) + ': ' + Math.round(p.value).toLocaleString('en') + ' $/kW-yr';
      }},
      grid: {left: 80, right: 30, top: 30, bottom: 80},
      xAxis: {type: 'category', data: cats, axisLabel: {interval: 0, rotate: 30}},
      yAxis: {type: 'value', name: '$ per kW-year'},
      series: [
        {name: 'base', type: 'bar', stack: 'w', itemStyle: {color: 'transparent'}, emphasis: {disabled: true},
          data: base},
        {name: '$ per kW-year', type: 'bar', stack: 'w', color: '#1971c2', data: value.map(function (v, i) {
          return i === value.length - 1 ? {value: v, itemStyle: {color: '#343a40'}} : v;
        })}
      ]
    };
    if (econ && econ.terrestrial_usd_per_kw_year != null) {
      wf.series[1].markLine = {symbol: 'none', lineStyle: {color: '#2f9e44', type: 'dashed'},
        label: {formatter: 'ground'}, data: [{yAxis: econ.terrestrial_usd_per_kw_year}]};
    }
    draw('waterfall', wf);
  }
  if (econ) {
    var sg;
    if (orbitItems.length || groundItems.length) {
      var items = [];
      costs.forEach(function (x) { if (items.indexOf(x.item) < 0) { items.push(x.item); } });
      sg = items.map(function (item) {
        function of(side) {
          var v = 0;
          costs.forEach(function (x) { if (x.item === item && x.side === side) { v += x.usd_per_kw_year; } });
          return v;
        }
        return {name: item, type: 'bar', stack: 'c', data: [of('orbit'), of('ground')]};
      });
    } else {
      sg = [{name: '$ per kW-year', type: 'bar', data: [econ.total_usd_per_kw_year, econ.terrestrial_usd_per_kw_year]}];
    }
    draw('spaceground', {
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      grid: {left: 90, right: 30, top: 50, bottom: 30},
      xAxis: {type: 'value', name: '$ per kW-year'},
      yAxis: {type: 'category', data: ['orbit', 'ground']},
      series: sg
    });
  }

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (k) { charts[k].resize(); });
  });
  document.body.setAttribute('data-charts-drawn', String(Object.keys(charts).length));
})();
