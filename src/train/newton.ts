/**
 * One damped Newton step, shared by the learners: the full step, halved until the objective goes
 * down (a full step can overshoot on nearly separable data).
 */
export function dampedStep(
  params: readonly number[],
  step: readonly number[],
  current: number,
  objective: (params: readonly number[]) => number,
): { params: number[]; value: number; moved: number } {
  let scale = 1;
  let next = params.map((x, j) => x - (step[j] as number));
  let value = objective(next);
  while (value > current && scale > 1e-4) {
    scale /= 2;
    next = params.map((x, j) => x - scale * (step[j] as number));
    value = objective(next);
  }
  return { params: next, value, moved: scale * Math.max(...step.map(Math.abs)) };
}
