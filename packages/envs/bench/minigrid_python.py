"""Steps and resets per second of the original Python MiniGrid, the baseline for bench/minigrid.mjs.

Run with `minigrid==2.3.1` installed (what WorldCoder pins): python3 bench/minigrid_python.py
Same workload as the TypeScript bench: random actions from the same LCG, seedless reset after an
episode ends; env classes are built with the registered constructor arguments.
"""
import time

from minigrid.envs import DoorKeyEnv, EmptyEnv, FetchEnv, KeyCorridorEnv, MultiRoomEnv

CASES = [
    ("MiniGrid-Empty-8x8-v0", lambda: EmptyEnv(size=8)),
    ("MiniGrid-DoorKey-8x8-v0", lambda: DoorKeyEnv(size=8)),
    ("MiniGrid-KeyCorridorS3R1-v0", lambda: KeyCorridorEnv(room_size=3, num_rows=1)),
    ("MiniGrid-MultiRoom-N2-S4-v0", lambda: MultiRoomEnv(minNumRooms=2, maxNumRooms=2, maxRoomSize=4)),
    ("MiniGrid-Fetch-6x6-N2-v0", lambda: FetchEnv(size=6, numObjs=2)),
]

for name, make in CASES:
    env = make()
    env.reset(seed=0)
    a, n = 12345, 20_000
    t0 = time.perf_counter()
    for _ in range(n):
        a = (a * 1103515245 + 12345) & 0xFFFFFFFF
        _, _, terminated, truncated, _ = env.step((a >> 16) % 7)
        if terminated or truncated:
            env.reset()
    steps = n / (time.perf_counter() - t0)
    env.reset(seed=0)
    m = 2_000
    t0 = time.perf_counter()
    for _ in range(m):
        env.reset()
    resets = m / (time.perf_counter() - t0)
    print(f"{name:32} step {steps / 1e3:6.1f} k/s   reset {resets / 1e3:5.2f} k/s")
