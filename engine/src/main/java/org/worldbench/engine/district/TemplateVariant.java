package org.worldbench.engine.district;

import org.worldbench.engine.template.RoomTemplate;

/** A template turned by a rotation: the footprint a room takes when painted with it. */
record TemplateVariant(RoomTemplate template, int rotation) {

    int width() {
        return template.width();
    }

    int height() {
        return template.height();
    }

    String id() {
        return template.id();
    }
}
