/**
 * A* heuristic for Sokoban states `{ grid: string[] }`, as trusted source text the sandbox loads
 * beside the untrusted program: the sum over loose boxes of the Manhattan distance to the nearest
 * target, and `Infinity` for a box stuck in a corner that is not a target (a dead square), which the
 * planner prunes. Admissible enough to find short plans; the pruning is what keeps the search small.
 */
export const SOKOBAN_HEURISTIC_SOURCE = `function heuristic(state, goal) {
  var grid = state && state.grid;
  if (!Array.isArray(grid)) return 0;
  var targets = [];
  var boxes = [];
  for (var r = 0; r < grid.length; r++) {
    var row = grid[r];
    for (var c = 0; c < row.length; c++) {
      var ch = row[c];
      if (ch === "." || ch === "+" || ch === "*") targets.push([r, c]);
      if (ch === "$") boxes.push([r, c]);
    }
  }
  function wall(r, c) {
    return r < 0 || r >= grid.length || c < 0 || c >= grid[r].length || grid[r][c] === "#";
  }
  var total = 0;
  for (var i = 0; i < boxes.length; i++) {
    var br = boxes[i][0], bc = boxes[i][1];
    var vertical = wall(br - 1, bc) || wall(br + 1, bc);
    var horizontal = wall(br, bc - 1) || wall(br, bc + 1);
    if (vertical && horizontal) return Infinity;
    var best = Infinity;
    for (var j = 0; j < targets.length; j++) {
      var d = Math.abs(targets[j][0] - br) + Math.abs(targets[j][1] - bc);
      if (d < best) best = d;
    }
    total += best === Infinity ? 0 : best;
  }
  return total;
}`;
