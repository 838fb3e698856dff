// A shared module that loads fine but is not a persklaar plugin: it exports no descriptor.
extern "C" __attribute__((visibility("default"))) int some_other_library_function() {
  return 42;
}
