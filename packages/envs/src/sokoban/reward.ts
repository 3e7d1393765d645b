/**
 * gym-sokoban's step reward, summed in its order (floating point makes the order visible):
 * −0.1, then +1 / −1 when the count of boxes on targets went up / down, then +10 when every box
 * is on a target — so −0.1, 0.9, −1.1, 10.9, and 9.9 for a step in a solved room.
 */
export function gymSokobanReward(boxesOnTargetBefore: number, boxesOnTargetAfter: number, allOnTarget: boolean): number {
  let reward = -0.1;
  if (boxesOnTargetAfter > boxesOnTargetBefore) reward += 1;
  else if (boxesOnTargetAfter < boxesOnTargetBefore) reward += -1;
  if (allOnTarget) reward += 10;
  return reward;
}
