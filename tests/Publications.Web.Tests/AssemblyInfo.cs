// Test classes run one after another: the browser tests measure layout (shift, sizes) in a real Chromium, and
// on a 2-core machine other classes hammering the app in parallel can delay a paint enough to move a pixel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
