-- Mixed traffic: pages, searches (including odd ones), feeds and API; counts unexpected statuses.
local paths = {
  "/", "/2026", "/2025", "/2024", "/2023", "/2026/mars2", "/2025/graph-counselor", "/2024/pad?q=distill",
  "/search?q=diffusion", "/search?q=reinforcement+learning", "/search?q=%22tree+search%22", "/search?q=halucination",
  "/search?q=router+OR+privacy&sort=newest", "/search?q=model&page=2", "/search?q=year%3A2023..2025+agents",
  "/search?q=%28%28%28", "/search?q=%2F%5Bab%5D*a%5Bab%5D%7B20%7D%2F", "/api/search?q=diffusion", "/api/publications",
  "/feed.atom", "/sitemap.xml", "/healthz", "/opensearch.xml",
}
local expected = { [200] = true, [404] = true }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
local unexpected = 0
response = function(status, headers, body)
  if not expected[status] then unexpected = unexpected + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors connect %d read %d write %d status %d timeout %d\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("p50 %.2f ms, p99 %.2f ms, rps %.0f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
