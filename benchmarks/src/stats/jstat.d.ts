// jstat ships no typings; these are the few functions the stats module calls.
declare module "jstat" {
  interface JStat {
    studentt: { inv(p: number, dof: number): number; cdf(x: number, dof: number): number };
    noncentralt: { cdf(x: number, dof: number, ncp: number): number };
  }
  const jStat: JStat & { jStat?: JStat };
  export default jStat;
}
