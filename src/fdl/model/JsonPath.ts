/** A location in the FDL document as keys and indexes from the root, e.g. `['steps', 0, 'serviceParams']`. */
export type JsonPath = readonly (string | number)[]
