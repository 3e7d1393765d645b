/**
 * A hand-written ALFWorld world model (not LLM output) on the env's symbolic state, in the sandbox's
 * program format: what a scripted LLM double answers in tests of planning over text commands.
 * It does not know ALFRED's canContain table: any object may be put anywhere.
 */
export const ALFWORLD_PROGRAM = `function here(state) {
  var r = state.receptacles[state.location];
  return r ? r.loc : null;
}
function copy(state) {
  return JSON.parse(JSON.stringify(state));
}
function holding(state) {
  var names = Object.keys(state.inventory);
  return names.length ? names[0] : null;
}
function transition(state, action) {
  var s = copy(state);
  var m;
  var R = s.receptacles;
  if ((m = /^go to (.+)$/.exec(action))) {
    var target = R[m[1]];
    if (target && target.loc !== here(state)) s.location = m[1];
  } else if ((m = /^(open|close) (.+)$/.exec(action))) {
    var r = R[m[2]];
    if (r && r.openable && r.loc === here(state) && r.open === (m[1] === "close")) r.open = m[1] === "open";
  } else if ((m = /^take (.+) from (.+)$/.exec(action))) {
    var from = R[m[2]];
    if (from && from.loc === here(state) && from.open && !holding(s) && from.contents[m[1]]) {
      s.inventory[m[1]] = from.contents[m[1]];
      delete from.contents[m[1]];
    }
  } else if ((m = /^put (.+) in\\/on (.+)$/.exec(action))) {
    var to = R[m[2]];
    if (to && to.loc === here(state) && to.open && s.inventory[m[1]]) {
      to.contents[m[1]] = s.inventory[m[1]];
      delete s.inventory[m[1]];
    }
  } else if ((m = /^(heat|cool|clean) (.+) with (.+)$/.exec(action))) {
    var tool = R[m[3]];
    var o = s.inventory[m[2]];
    var kind = { heat: "microwave", cool: "fridge", clean: "sinkbasin" }[m[1]];
    if (tool && o && tool.type === kind && tool.loc === here(state)) {
      if (m[1] === "heat") { o.hot = true; o.cold = false; }
      if (m[1] === "cool") { o.cold = true; o.hot = false; }
      if (m[1] === "clean") o.clean = true;
    }
  } else if ((m = /^use (.+)$/.exec(action))) {
    Object.keys(R).forEach(function (name) {
      var x = R[name].contents[m[1]];
      if (x && R[name].loc === here(state) && "on" in x) x.on = true;
    });
  }
  return s;
}
function won(state, goal) {
  var m;
  var R = state.receptacles;
  var inside = function (objType, recType, test) {
    var n = 0;
    Object.keys(R).forEach(function (name) {
      if (R[name].type !== recType) return;
      var c = R[name].contents;
      var k = Object.keys(c).filter(function (o) { return c[o].type === objType && test(c[o]); }).length;
      if (k > n) n = k;
    });
    return n;
  };
  var any = function () { return true; };
  if ((m = /^put two (\\w+) in (\\w+)\\.?$/.exec(goal)) || (m = /^find two (\\w+) and put them in (\\w+)\\.?$/.exec(goal))) return inside(m[1], m[2], any) >= 2;
  if ((m = /^put a (hot|cool|clean) (\\w+) in (\\w+)\\.?$/.exec(goal))) {
    var flag = m[1] === "cool" ? "cold" : m[1];
    return inside(m[2], m[3], function (o) { return o[flag]; }) >= 1;
  }
  if ((m = /^(heat|cool|clean) some (\\w+) and put it in (\\w+)\\.?$/.exec(goal))) {
    var f = { heat: "hot", cool: "cold", clean: "clean" }[m[1]];
    return inside(m[2], m[3], function (o) { return o[f]; }) >= 1;
  }
  if ((m = /^(?:look at|examine the) (\\w+) (?:under|with) the (\\w+)\\.?$/.exec(goal))) {
    var held = holding(state);
    if (!held || state.inventory[held].type !== m[1]) return false;
    var loc = here(state);
    return Object.keys(R).some(function (name) {
      var c = R[name].contents;
      return R[name].loc === loc && Object.keys(c).some(function (o) { return c[o].type === m[2] && c[o].on; });
    });
  }
  if ((m = /^put (?:a|some) (\\w+) (?:in|on) (\\w+)\\.?$/.exec(goal))) return inside(m[1], m[2], any) >= 1;
  return false;
}
function reward(state, action, nextState, goal) {
  var done = won(nextState, goal);
  return { reward: done ? 1 : 0, done: done };
}`;
