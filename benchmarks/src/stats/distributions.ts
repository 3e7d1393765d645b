import jStatModule from "jstat";

// jstat is CommonJS: its export is the jStat object (which also carries itself as `jStat`).
const jStat = jStatModule.jStat ?? jStatModule;

/** The two-sided 95 % normal quantile, z(0.975), for the Wilson interval. */
export const Z_975 = 1.959963984540054;

/** The p-quantile of Student's t with `dof` degrees of freedom. */
export function tQuantile(p: number, dof: number): number {
  return jStat.studentt.inv(p, dof);
}

/** P(T ≤ x) for Student's t with `dof` degrees of freedom. */
export function tCdf(x: number, dof: number): number {
  return jStat.studentt.cdf(x, dof);
}

/** P(T ≤ x) for the noncentral t: the power of a t-test against a true effect. */
export function noncentralTCdf(x: number, dof: number, ncp: number): number {
  return jStat.noncentralt.cdf(x, dof, ncp);
}
