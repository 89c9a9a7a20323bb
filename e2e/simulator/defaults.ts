// Demo values for the local simulator. They unlock nothing outside this machine.
export const SIMULATOR_DEFAULT_PORT = 8790;
export const SIMULATOR_DEFAULT_API_KEY = 'sk_simdemo_7c1e4a9b2d5f8e3a6c0b9d2e5f8a1c4b';
export const SIMULATOR_DEFAULT_WEBHOOK_SECRET = 'wsec_5e1b0c8d2f4a6b7c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e';
export const SIMULATOR_SEED = 20261124;
