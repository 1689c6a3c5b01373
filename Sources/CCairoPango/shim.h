#pragma once
#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

// Swift cannot expand GObject's cast macros, so the one call that needs a cast lives here.

/// A Pango font map that knows only the given font files, so that text is laid out and embedded the same way on
/// every host, whatever else fontconfig would find there. NULL when a file cannot be read.
static inline PangoFontMap *locksmith_font_map_with_files(const char *const *paths, int count) {
    FcConfig *config = FcConfigCreate();
    if (config == NULL) return NULL;
    for (int index = 0; index < count; index++) {
        if (!FcConfigAppFontAddFile(config, (const FcChar8 *)paths[index])) {
            FcConfigDestroy(config);
            return NULL;
        }
    }
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (map == NULL) {
        FcConfigDestroy(config);
        return NULL;
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    FcConfigDestroy(config);
    return map;
}
