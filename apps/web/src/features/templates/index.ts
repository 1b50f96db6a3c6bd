export { FAVOURITES } from "./favourites.table";
export type { Favourite } from "./favourites.table";
export { applyFavourite } from "./apply-favourite";
export { copyForward } from "./copy-forward";
export type { CopyForwardResult } from "./copy-forward";
export { FavouritesMenu } from "./favourites-menu";
export type { FavouritesMenuProps } from "./favourites-menu";
export { freshRowId } from "../../shared/row-id";
