export { convertLength, type Length, type LengthUnit, length } from "./length.js";
export type { Quantity } from "./quantityKind.js";
export { percent, rate } from "./rate.js";
export { convertVolume, type Volume, type VolumeUnit, volume } from "./volume.js";
export { convertWeight, type Weight, type WeightUnit, weight } from "./weight.js";
