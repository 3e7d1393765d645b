export const packageName = "@worldcoder/envs";
