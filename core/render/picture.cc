#include "core/render/picture.h"

#include <cstdlib>
#include <cstring>

#include "core/render/pixbuf_library.h"
#include "core/render/svg_library.h"

namespace persklaar {
namespace {

// Width and height from a JPEG's start-of-frame segment; false when it has none.
bool jpeg_size(const std::string& bytes, double& width, double& height) {
  std::size_t at = 2;  // after the start-of-image marker
  while (at + 4 <= bytes.size()) {
    if (static_cast<unsigned char>(bytes[at]) != 0xFF) return false;
    const auto marker = static_cast<unsigned char>(bytes[at + 1]);
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {  // markers without a length
      at += 2;
      continue;
    }
    const std::size_t length = static_cast<std::size_t>(static_cast<unsigned char>(bytes[at + 2])) << 8 |
                               static_cast<unsigned char>(bytes[at + 3]);
    const bool start_of_frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (start_of_frame) {
      if (at + 9 > bytes.size()) return false;
      const auto byte = [&](std::size_t k) { return static_cast<unsigned>(static_cast<unsigned char>(bytes[at + k])); };
      height = byte(5) << 8 | byte(6);
      width = byte(7) << 8 | byte(8);
      return width > 0 && height > 0;
    }
    if (marker == 0xD9 || marker == 0xDA || length < 2) return false;  // image data before a frame header
    at += 2 + length;
  }
  return false;
}

// Whether a JPEG's data end with the end-of-image marker. A file cut short (a copy or download that
// stopped) lacks it: Cairo would embed it as it is, readers would show part of it, and the print
// edition could not decode it to convert its colours. Within the compressed data a 0xFF byte is
// always followed by 0x00 or a restart marker, so an FF D9 after the last start of scan is the end.
// The last: a camera's preview image in the Exif header has a scan and an end of its own.
bool jpeg_is_complete(const std::string& bytes) {
  const std::size_t scan = bytes.rfind("\xFF\xDA");
  return scan != std::string::npos && bytes.find("\xFF\xD9", scan + 2) != std::string::npos;
}

// Decodes a JPEG's pixels into `surface` (of the same size), for painting onto raster targets (page
// images, the preview); the PDFs and the e-book get the file's own bytes. Left blank without
// gdk-pixbuf.
void decode_jpeg(const std::string& bytes, cairo_surface_t* surface) {
  std::string why;
  const PixbufLibrary* gdk = pixbuf_library(why);
  if (!gdk) return;
  GdkPixbufLoader* loader = gdk->loader_new_with_type("jpeg", nullptr);
  if (!loader) return;
  const bool written = gdk->loader_write(loader, reinterpret_cast<const guchar*>(bytes.data()), bytes.size(), nullptr);
  const bool closed = gdk->loader_close(loader, nullptr);
  GdkPixbuf* pixbuf = written && closed ? gdk->loader_get_pixbuf(loader) : nullptr;
  if (pixbuf && gdk->width(pixbuf) == cairo_image_surface_get_width(surface) &&
      gdk->height(pixbuf) == cairo_image_surface_get_height(surface) && gdk->n_channels(pixbuf) >= 3 &&
      gdk->bits_per_sample(pixbuf) == 8) {
    cairo_surface_flush(surface);
    const int channels = gdk->n_channels(pixbuf), stride = gdk->rowstride(pixbuf);
    const guchar* pixels = gdk->read_pixels(pixbuf);
    unsigned char* target = cairo_image_surface_get_data(surface);
    const int target_stride = cairo_image_surface_get_stride(surface);
    for (int y = 0; y < gdk->height(pixbuf); ++y) {
      auto* row = reinterpret_cast<uint32_t*>(target + y * target_stride);
      for (int x = 0; x < gdk->width(pixbuf); ++x) {
        const guchar* p = pixels + y * stride + x * channels;
        row[x] = 0xFF000000u | static_cast<uint32_t>(p[0]) << 16 | static_cast<uint32_t>(p[1]) << 8 | p[2];
      }
    }
    cairo_surface_mark_dirty(surface);
  }
  g_object_unref(loader);
}

// Whether painting onto `target` writes a JPEG's own bytes (the mime data attached to raster_)
// rather than its pixels.
bool embeds_jpeg(cairo_surface_t* target) {
  const cairo_surface_type_t type = cairo_surface_get_type(target);
  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS || type == CAIRO_SURFACE_TYPE_SVG;
}

struct ReadState {
  const std::string* bytes;
  std::size_t at = 0;
};

cairo_status_t read_from_string(void* closure, unsigned char* data, unsigned int length) {
  auto* state = static_cast<ReadState*>(closure);
  if (state->at + length > state->bytes->size()) return CAIRO_STATUS_READ_ERROR;
  std::memcpy(data, state->bytes->data() + state->at, length);
  state->at += length;
  return CAIRO_STATUS_SUCCESS;
}

// Attaches a copy of `bytes` to `surface` as its `mime_type` data.
bool attach(cairo_surface_t* surface, const char* mime_type, const std::string& bytes) {
  auto* copy = static_cast<unsigned char*>(std::malloc(bytes.size() + 1));
  if (!copy) return false;
  std::memcpy(copy, bytes.data(), bytes.size());
  return cairo_surface_set_mime_data(surface, mime_type, copy, bytes.size(), std::free, copy) == CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::shared_ptr<const Picture> Picture::load(const ImageFile& image, std::string& why) {
  std::shared_ptr<Picture> picture(new Picture());
  picture->media_type_ = image.media_type;
  picture->file_ = image.file.string();
  if (image.media_type == "image/jpeg") {
    if (!jpeg_size(image.bytes, picture->width_, picture->height_)) {
      why = "has no readable JPEG frame header";
      return nullptr;
    }
    if (!jpeg_is_complete(image.bytes)) {
      why = "is cut short (its data stop before the end of the image)";
      return nullptr;
    }
    if (picture->width_ > 30000 || picture->height_ > 30000) {
      why = "is larger than 30000 pixels on a side";
      return nullptr;
    }
    // The PDF gets the file's bytes as they are; the pixels, for raster targets only, wait for one.
    picture->raster_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(picture->width_),
                                                  static_cast<int>(picture->height_));
    picture->jpeg_ = image.bytes;
    if (!attach(picture->raster_, CAIRO_MIME_TYPE_JPEG, image.bytes)) {
      why = "cannot be kept in memory";
      return nullptr;
    }
  } else if (image.media_type == "image/png") {
    ReadState state{&image.bytes};
    picture->raster_ = cairo_image_surface_create_from_png_stream(read_from_string, &state);
    if (cairo_surface_status(picture->raster_) != CAIRO_STATUS_SUCCESS) {
      why = std::string("is not a readable PNG: ") + cairo_status_to_string(cairo_surface_status(picture->raster_));
      return nullptr;
    }
    picture->width_ = cairo_image_surface_get_width(picture->raster_);
    picture->height_ = cairo_image_surface_get_height(picture->raster_);
  } else if (image.media_type == "image/svg+xml") {
    std::string unloadable;
    const SvgLibrary* rsvg = svg_library(unloadable);
    if (!rsvg) {
      why =
          "is an SVG image, and librsvg cannot be loaded to draw it (" + unloadable + "); install Debian's librsvg2-2";
      return nullptr;
    }
    GError* error = nullptr;
    RsvgHandle* handle =
        rsvg->new_from_data(reinterpret_cast<const guint8*>(image.bytes.data()), image.bytes.size(), &error);
    if (!handle) {
      why = std::string("is not an SVG image librsvg can draw: ") + (error ? error->message : "unknown error");
      if (error) g_error_free(error);
      return nullptr;
    }
    picture->svg_ = handle;
    picture->rsvg_ = rsvg;
    gdouble width = 0, height = 0;
    if (!rsvg->intrinsic_size_in_pixels(handle, &width, &height)) {
      gboolean has_width, has_height, has_view_box;
      RsvgLength w, h;
      RsvgRectangle view_box;
      rsvg->intrinsic_dimensions(handle, &has_width, &w, &has_height, &h, &has_view_box, &view_box);
      if (has_view_box) {
        width = view_box.width;
        height = view_box.height;
      }
    }
    if (!(width > 0 && height > 0)) {
      why = "has no size: give its svg element a viewBox, or a width and a height";
      return nullptr;
    }
    picture->width_ = width;
    picture->height_ = height;
  } else {
    why = "is a " + image.media_type.substr(6) + ", which the PDF does not show";
    return nullptr;
  }
  if (picture->raster_) {
    // Shown twice (a logo on both covers), embedded once.
    attach(picture->raster_, CAIRO_MIME_TYPE_UNIQUE_ID, picture->file_);
  }
  return picture;
}

Picture::~Picture() {
  if (raster_) cairo_surface_destroy(raster_);
  if (decoded_) cairo_surface_destroy(decoded_);
  if (svg_) g_object_unref(static_cast<RsvgHandle*>(svg_));
}

cairo_surface_t* Picture::jpeg_pixels() const {
  std::call_once(decoding_, [this] {
    decoded_ = cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(width_), static_cast<int>(height_));
    decode_jpeg(jpeg_, decoded_);
  });
  return decoded_;
}

void Picture::paint(cairo_t* cr, double x, double y, double width, double height) const {
  cairo_save(cr);
  if (svg_) {
    const RsvgRectangle viewport{x, y, width, height};
    rsvg_->render_document(static_cast<RsvgHandle*>(svg_), cr, &viewport, nullptr);
  } else {
    cairo_rectangle(cr, x, y, width, height);
    cairo_clip(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, width / width_, height / height_);
    cairo_set_source_surface(cr, jpeg_.empty() || embeds_jpeg(cairo_get_target(cr)) ? raster_ : jpeg_pixels(), 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
  }
  cairo_restore(cr);
}

}  // namespace persklaar
