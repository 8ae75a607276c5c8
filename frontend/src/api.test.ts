import { describe, expect, it } from "vitest";
import { ApiError, LandscapeApi } from "./api";
import { encodeFrame, header2d } from "./compute/testing";

function fakeFetch(routes: Record<string, () => Response>) {
  const calls: string[] = [];
  const fn = async (url: string) => {
    calls.push(url);
    const r = routes[url];
    return r ? r() : new Response("no such route", { status: 404 });
  };
  return { fn, calls };
}

describe("LandscapeApi", () => {
  it("builds relative URLs with encoded parameters", () => {
    const api = new LandscapeApi();
    expect(api.url("tags")).toBe("./tags");
    expect(api.url("steps", { run: "exp1/lr=0.1", tag: "a&b <c>" })).toBe(
      "./steps?run=exp1%2Flr%3D0.1&tag=a%26b+%3Cc%3E",
    );
    expect(api.url("landscape", { run: "r", tag: "t", step: 200 })).toBe("./landscape?run=r&tag=t&step=200");
  });

  it("decodes the binary landscape and asks for the latest step without a step parameter", async () => {
    const bytes = encodeFrame(header2d([0, 1], [0]), [1, 2]);
    const { fn, calls } = fakeFetch({ "./landscape?run=r&tag=t": () => new Response(bytes) });
    const frame = await new LandscapeApi(fn).landscape("r", "t");
    expect(Array.from(frame.values)).toEqual([1, 2]);
    expect(calls).toEqual(["./landscape?run=r&tag=t"]);
  });

  it("turns a 4xx answer into an ApiError carrying the server's text", async () => {
    const { fn } = fakeFetch({});
    const err = await new LandscapeApi(fn).steps("nope", "t").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(404);
    expect((err as ApiError).message).toBe("404: no such route");
  });
});
