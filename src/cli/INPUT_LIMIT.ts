/**
 * The most the `fdl` command reads from one file: the FDL core refuses longer texts unparsed (`document-too-large`),
 * so reading further only costs memory. Reading stops here, so `/dev/zero` or a runaway log cannot fill memory.
 */
export const INPUT_LIMIT_BYTES = 4 * 1024 * 1024
