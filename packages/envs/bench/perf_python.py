"""Random-action steps per second of the Python originals, the baseline for bench/perf.mjs.

Needs numpy, gymnasium, minigrid (2.3.1) and gym_sokoban (0.0.6, with gym 0.26) importable:
python3 bench/perf_python.py [seconds]. Same workload as perf.mjs: actions from the same LCG,
reset without a seed when an episode ends. Prints one JSON object {env id: steps per second}.
ALFWorld needs its game files and TextWorld, which are not installed here, so it is left out.
"""
import json
import sys
import time

import gymnasium
import minigrid  # noqa: F401  (registers the MiniGrid ids)
import gym
import gym_sokoban  # noqa: F401  (registers the Sokoban ids)

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def measure(env, n_actions, reset, step):
    reset(env, 0)
    a = 12345
    steps = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < SECONDS:
        for _ in range(200):
            a = (a * 1103515245 + 12345) & 0xFFFFFFFF
            if step(env, (a >> 16) % n_actions):
                reset(env, None)
        steps += 200
    return steps / (time.perf_counter() - t0)


def gymnasium_reset(env, seed):
    env.reset(seed=seed)


def gymnasium_step(env, action):
    _, _, terminated, truncated, _ = env.step(action)
    return terminated or truncated


def sokoban_reset(env, seed):
    if seed is None:
        env.reset()


def sokoban_step(env, action):
    _, _, done, _ = env.step(action, observation_mode="raw")
    return done


rates = {}
for env_id in ["MiniGrid-Empty-8x8-v0", "MiniGrid-DoorKey-8x8-v0", "MiniGrid-MultiRoom-N2-S4-v0"]:
    rates[env_id] = measure(gymnasium.make(env_id).unwrapped, 7, gymnasium_reset, gymnasium_step)
import random
import numpy as np

random.seed(0)
np.random.seed(0)
rates["Sokoban-v0"] = measure(gym.make("Sokoban-v0").unwrapped, 9, sokoban_reset, sokoban_step)
print(json.dumps(rates))
