/** Version of the scoring engine, recorded with every published results snapshot. */
export const ENGINE_VERSION = "0.1.0";
