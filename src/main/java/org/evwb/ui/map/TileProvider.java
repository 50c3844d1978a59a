package org.evwb.ui.map;

import javafx.scene.image.Image;

/** Background tiles by XYZ address; answers at once with what it has (null when not yet loaded). */
interface TileProvider {

    /** The tile if it is in memory; otherwise null, and the provider may start loading it. */
    Image tile(int z, int x, int y);
}
