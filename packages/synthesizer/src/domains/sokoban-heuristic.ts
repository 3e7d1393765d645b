/**
 * A* heuristic for Sokoban states `{ grid: string[] }`, as trusted source text the sandbox loads
 * beside the untrusted program. Per room layout (cached), a backwards "pull" search from every
 * target gives each floor cell the pushes a lone box needs to reach that target; a cell no target
 * can be reached from is dead, and a state with a loose box on a dead cell returns `Infinity`, which
 * the planner prunes. The estimate is the sum over loose boxes of their nearest target's push count.
 */
export const SOKOBAN_HEURISTIC_SOURCE = `var sokobanLayouts = new Map();

function sokobanLayout(grid) {
  var key = grid.join("|").replace(/[$@]/g, " ").replace(/[*+]/g, ".");
  var cached = sokobanLayouts.get(key);
  if (cached) return cached;
  var rows = grid.length;
  var cols = 0;
  for (var r = 0; r < rows; r++) cols = Math.max(cols, grid[r].length);
  function open(r, c) {
    return r >= 0 && r < rows && c >= 0 && c < grid[r].length && grid[r][c] !== "#";
  }
  var best = new Array(rows * cols).fill(Infinity);
  var steps = [[-1, 0], [1, 0], [0, -1], [0, 1]];
  for (var r0 = 0; r0 < rows; r0++) {
    for (var c0 = 0; c0 < grid[r0].length; c0++) {
      if (".*+".indexOf(grid[r0][c0]) < 0) continue;
      var dist = new Array(rows * cols).fill(Infinity);
      dist[r0 * cols + c0] = 0;
      var queue = [[r0, c0]];
      for (var q = 0; q < queue.length; q++) {
        var br = queue[q][0], bc = queue[q][1];
        for (var k = 0; k < 4; k++) {
          // Pulling the box one cell in direction k needs that cell and the one beyond it open.
          var nr = br + steps[k][0], nc = bc + steps[k][1];
          if (!open(nr, nc) || !open(nr + steps[k][0], nc + steps[k][1])) continue;
          var idx = nr * cols + nc;
          if (dist[idx] !== Infinity) continue;
          dist[idx] = dist[br * cols + bc] + 1;
          queue.push([nr, nc]);
        }
      }
      for (var i = 0; i < dist.length; i++) if (dist[i] < best[i]) best[i] = dist[i];
    }
  }
  var layout = { cols: cols, best: best };
  sokobanLayouts.set(key, layout);
  return layout;
}

function heuristic(state, goal) {
  var grid = state && state.grid;
  if (!Array.isArray(grid)) return 0;
  var layout = sokobanLayout(grid);
  var total = 0;
  for (var r = 0; r < grid.length; r++) {
    var row = grid[r];
    for (var c = 0; c < row.length; c++) {
      if (row[c] !== "$") continue;
      var d = layout.best[r * layout.cols + c];
      if (d === Infinity) return Infinity;
      total += d;
    }
  }
  return total;
}`;
