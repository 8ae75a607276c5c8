/*! tb-landscape frontend: the Landscape tab (generated from frontend/src by frontend/build.mjs; do not edit).
 * Bundled packages:
 *   d3-array@3.2.5 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-color@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-contour@4.0.3 (ISC, terms 1): Copyright 2012-2026 Mike Bostock
 *   d3-format@3.1.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-interpolate@3.0.2 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale@4.0.3 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-scale-chromatic@3.1.1 (ISC, terms 2): Copyright 2010-2026 Mike Bostock
 *   d3-time@3.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   d3-time-format@4.1.1 (ISC, terms 1): Copyright 2010-2026 Mike Bostock
 *   three@0.187.0 (MIT, terms 3): Copyright © 2010-2026 three.js authors
 * Terms 1: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 * Terms 2: Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE. Apache-Style Software License for ColorBrewer software and ColorBrewer Color Schemes Copyright 2002 Cynthia Brewer, Mark Harrower, and The Pennsylvania State University Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with the License. You may obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0 Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the specific language governing permissions and limitations under the License.
 * Terms 3: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
var mf="TBL1",bt=class extends Error{constructor(e){super(e),this.name="FrameError"}},gf=new Uint8Array(new Uint32Array([1]).buffer)[0]===1;function Yt(n,e){if(!(Number.isInteger(e)&&e>=0&&e<n.metricCount))throw new RangeError(`metric index ${e} out of range [0, ${n.metricCount})`);let t=n.nx*n.ny;return n.values.subarray(e*t,(e+1)*t)}function xf(n){let e=n instanceof ArrayBuffer?new Uint8Array(n):new Uint8Array(n.buffer,n.byteOffset,n.byteLength);if(e.length<8)throw new bt(`frame too short: ${e.length} bytes, a frame has at least 8`);let t=String.fromCharCode(e[0],e[1],e[2],e[3]);if(t!==mf)throw new bt(`bad magic ${JSON.stringify(t)}, expected "${mf}"`);let i=new DataView(e.buffer,e.byteOffset,8).getUint32(4,!0),r=8+i;if(r>e.length)throw new bt(`header length ${i} runs past the end of the ${e.length}-byte frame`);if(r%4!==0)throw new bt(`misaligned frame: 8 + header length (${i}) = ${r} is not a multiple of 4`);let s;try{let h=new TextDecoder("utf-8",{fatal:!0}).decode(e.subarray(8,r));s=JSON.parse(h)}catch(h){throw new bt(`header is not UTF-8 JSON: ${h.message}`)}let a=E0(s),o=a.shape,l=o.reduce((h,f)=>h*f,1),c=e.length-r;if(c!==l*4)throw new bt(`shape [${o.join(", ")}] needs ${l*4} bytes of float32 values, the frame has ${c}`);return{header:a,values:M0(e,r,l),metricCount:o[0],nx:o[o.length-1],ny:a.dims===2?o[1]:1}}function M0(n,e,t){let i=n.byteOffset+e;if(gf&&i%4===0)return new Float32Array(n.buffer,i,t);if(gf)return new Float32Array(n.slice(e,e+t*4).buffer);let r=new DataView(n.buffer,i,t*4),s=new Float32Array(t);for(let a=0;a<t;a++)s[a]=r.getFloat32(a*4,!0);return s}function La(n){return typeof n=="object"&&n!==null&&!Array.isArray(n)}var bf={NaN:NaN,Infinity:1/0,"-Infinity":-1/0};function Uc(n,e){if(typeof n=="number")return n;if(typeof n=="string"&&Object.prototype.hasOwnProperty.call(bf,n))return bf[n];throw new bt(`header.${e} is not a number: ${JSON.stringify(n)}`)}function Ia(n,e){return n==null?null:Uc(n,e)}function ms(n,e){if(!Array.isArray(n))throw new bt(`header.${e} is not an array`);return Float64Array.from(n,(t,i)=>Uc(t,`${e}[${i}]`))}function Pa(n,e){return n==null?null:ms(n,e)}function Pn(n,e,t){if(typeof n=="string")return n;if(n==null&&t!==void 0)return t;throw new bt(`header.${e} is not a string: ${JSON.stringify(n)}`)}function S0(n,e){if(typeof n=="number"&&Number.isInteger(n)&&n>=1)return n;throw new bt(`header.${e} is not a positive integer: ${JSON.stringify(n)}`)}function w0(n,e){if(!La(n))throw new bt(`header.axes[${e}] is not an object`);return{label:Pn(n.label,`axes[${e}].label`,""),unit:Pn(n.unit,`axes[${e}].unit`,""),coords:ms(n.coords,`axes[${e}].coords`),explained_variance:Ia(n.explained_variance,`axes[${e}].explained_variance`)}}function A0(n){if(n==null)return null;if(!La(n))throw new bt("header.trajectory is not an object or null");let e=ms(n.steps,"trajectory.steps");return{steps:Array.from(e),x:ms(n.x,"trajectory.x"),y:Pa(n.y,"trajectory.y"),plane_loss:Pa(n.plane_loss,"trajectory.plane_loss"),true_loss:Pa(n.true_loss,"trajectory.true_loss"),residual:Pa(n.residual,"trajectory.residual")}}function E0(n){if(!La(n))throw new bt("header is not a JSON object");let e=n.dims;if(e!==1&&e!==2)throw new bt(`header.dims must be 1 or 2, got ${JSON.stringify(e)}`);if(!Array.isArray(n.shape)||n.shape.length!==e+1)throw new bt(`header.shape must have ${e+1} entries for a ${e}D landscape, got ${JSON.stringify(n.shape)}`);let t=n.shape.map((o,l)=>S0(o,`shape[${l}]`));if(!Array.isArray(n.metrics)||n.metrics.length!==t[0])throw new bt(`header.metrics must name the ${t[0]} metrics of shape[0], got ${JSON.stringify(n.metrics)}`);let i=n.metrics.map((o,l)=>Pn(o,`metrics[${l}]`));if(!Array.isArray(n.axes)||n.axes.length!==e)throw new bt(`header.axes must have ${e} entries for a ${e}D landscape`);let r=n.axes.map(w0);r.forEach((o,l)=>{let c=t[t.length-1-l];if(o.coords.length!==c)throw new bt(`header.axes[${l}].coords has ${o.coords.length} entries, shape says ${c}`)});let s=n.center===void 0||n.center===null?new Array(e).fill(0):Array.from(ms(n.center,"center"));if(s.length!==e)throw new bt(`header.center must have ${e} entries, got ${s.length}`);let a=Uc(n.step,"step");if(!Number.isInteger(a))throw new bt(`header.step is not an integer: ${a}`);return{run:Pn(n.run,"run"),tag:Pn(n.tag,"tag"),step:a,wall_time:Ia(n.wall_time,"wall_time")??NaN,version:Ia(n.version,"version")??1,dims:e,shape:t,metrics:i,axes:r,center:s,method:Pn(n.method,"method",""),normalization:Pn(n.normalization,"normalization",""),seed:Ia(n.seed,"seed"),bn_mode:Pn(n.bn_mode,"bn_mode",""),data_description:Pn(n.data_description,"data_description",""),frame_id:Pn(n.frame_id,"frame_id",""),extra:La(n.extra)?n.extra:{},trajectory:A0(n.trajectory)}}var gs=class extends Error{constructor(t,i,r){super(`${t}: ${r.trim()||"request failed"}`);this.status=t;this.url=i;this.name="ApiError"}},Na=class{constructor(e=(i,r)=>fetch(i,r),t="./"){this.fetchFn=e;this.base=t}url(e,t={}){let i=new URLSearchParams;for(let[s,a]of Object.entries(t))i.set(s,String(a));let r=i.toString();return`${this.base}${e}${r?`?${r}`:""}`}async tags(e){return(await this.get(this.url("tags"),e)).json()}async steps(e,t,i){return(await this.get(this.url("steps",{run:e,tag:t}),i)).json()}async landscape(e,t,i,r){let s={run:e,tag:t};i!==void 0&&(s.step=i);let o=await(await this.get(this.url("landscape",s),r)).arrayBuffer();return typeof performance<"u"&&typeof performance.mark=="function"&&performance.mark("tbl-frame-received"),xf(o)}async get(e,t){let i=await this.fetchFn(e,t?{signal:t}:void 0);if(!i.ok)throw new gs(i.status,e,await i.text().catch(()=>""));return i}};var Oc=class{constructor(e,t){this.maxBytes=e;this.sizeOf=t;this.map=new Map;this.total=0}get bytes(){return this.total}get size(){return this.map.size}has(e){return this.map.has(e)}get(e){let t=this.map.get(e);if(t)return this.map.delete(e),this.map.set(e,t),t.value}peek(e){return this.map.get(e)?.value}set(e,t){let i=Math.max(0,this.sizeOf(t));if(this.delete(e),i>this.maxBytes)return!1;this.map.set(e,{value:t,bytes:i}),this.total+=i;for(let[r,s]of this.map){if(this.total<=this.maxBytes)break;this.map.delete(r),this.total-=s.bytes}return!0}delete(e){let t=this.map.get(e);return t?(this.map.delete(e),this.total-=t.bytes,!0):!1}clear(){this.map.clear(),this.total=0}keys(){return[...this.map.keys()]}};function T0(n){let e=n.header.axes.reduce((t,i)=>t+i.coords.byteLength,0);return n.values.buffer.byteLength+e+1024}function yf(n){let e=n.reduce((i,r)=>i*r,1),t=n.slice(1).reduce((i,r)=>i+r,0);return e*4+t*32+2048}function _f(n,e,t,i){return`${n}\0${e}\0${t}\0${i}`}function vf(n=67108864){return new Oc(n,T0)}function tr(n){let e=1/0,t=-1/0;for(let i=0;i<n.length;i++){let r=n[i];Number.isFinite(r)&&(r<e&&(e=r),r>t&&(t=r))}return e<=t?[e,t]:null}function nr(n){let e={nan:0,posInf:0,negInf:0};for(let t=0;t<n.length;t++){let i=n[t];i!==i?e.nan++:i===1/0?e.posInf++:i===-1/0&&e.negInf++}return e}function Mf(n){let e=[],t=-1;for(let i=0;i<=n.length;i++){let r=i<n.length&&Number.isFinite(n[i]);r&&t<0&&(t=i),!r&&t>=0&&(e.push([t,i]),t=-1)}return e}function ir(n,e){let[t,i]=e,r=0,s=0;for(let a=0;a<n.length;a++){let o=n[a];o<t?o!==-1/0&&r++:o>i&&o!==1/0&&s++}return{below:r,above:s}}var C0=1e-9;function R0(n,e){if(n.header.dims!==e.header.dims)return`A is ${n.header.dims}D and B is ${e.header.dims}D`;if(n.nx!==e.nx||n.ny!==e.ny){let i=r=>r.header.dims===2?`${r.nx} x ${r.ny}`:`${r.nx}`;return`the grids differ: A has ${i(n)} points, B has ${i(e)}`}let t=["x","y"];for(let i=0;i<n.header.axes.length;i++){let r=n.header.axes[i].coords,s=e.header.axes[i].coords;for(let a=0;a<r.length;a++){let o=Math.max(1,Math.abs(r[a]),Math.abs(s[a]));if(!(Math.abs(r[a]-s[a])<=C0*o))return`the ${t[i]} coordinates differ (point ${a}: ${r[a]} in A, ${s[a]} in B)`}}return null}function P0(n,e){if(n.length!==e.length)throw new RangeError(`lengths differ: ${n.length} and ${e.length}`);let t=new Float32Array(n.length);for(let i=0;i<n.length;i++)t[i]=n[i]-e[i];return t}function Bc(n){let e=tr(n);if(!e)return null;let t=Math.max(Math.abs(e[0]),Math.abs(e[1]));return t>0?[-t,t]:[-1,1]}function Sf(n,e,t,i={a:"A",b:"B"}){let r=R0(n,e);if(r)return{ok:!1,error:`Cannot subtract ${i.b} from ${i.a}: ${r.replace(/\bA\b/g,i.a).replace(/\bB\b/g,i.b)}.`};let s=n.header.metrics.indexOf(t),a=e.header.metrics.indexOf(t);if(s<0||a<0)return{ok:!1,error:`Cannot subtract: ${s<0?i.a:i.b} has no metric "${t}".`};let o=P0(Yt(n,s),Yt(e,a));return{ok:!0,frame:{header:{...n.header,metrics:[`${t} (${i.a} − ${i.b})`],shape:n.header.dims===2?[1,n.ny,n.nx]:[1,n.nx],trajectory:null},values:o,metricCount:1,nx:n.nx,ny:n.ny},domain:Bc(o)}}function wf(n){if(n!==n)return"NaN";if(n===1/0)return"inf";if(n===-1/0)return"-inf";if(n===0)return Object.is(n,-0)?"-0":"0";let e=Math.fround(n);for(let t=1;t<=9;t++){let i=Number(e.toPrecision(t));if(Math.fround(i)===e)return String(i)}return String(e)}function kc(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":String(n)}function I0(n){return/[",\r\n]/.test(n)?`"${n.replace(/"/g,'""')}"`:n}function Af(n){let{nx:e,ny:t,header:i}=n,r=i.dims,a=[[...r===2?["x","y"]:["x"],...i.metrics].map(I0).join(",")],o=i.metrics.map((h,f)=>Yt(n,f)),l=i.axes[0].coords,c=r===2?i.axes[1].coords:null;for(let h=0;h<t;h++)for(let f=0;f<e;f++){let u=h*e+f,d=c?[kc(l[f]),kc(c[h])]:[kc(l[f])];for(let m of o)d.push(wf(m[u]));a.push(d.join(","))}return a.join(`
`)+`
`}function L0(n){return n!==n?"NaN":n===1/0?"inf":n===-1/0?"-inf":null}function N0(n){return Number.isFinite(n)?Number(wf(n)):null}function rr(n){return n?Array.from(n,e=>Number.isFinite(e)?e:null):null}function D0(n){return n?{steps:n.steps.slice(),x:rr(n.x),y:rr(n.y),plane_loss:rr(n.plane_loss),true_loss:rr(n.true_loss),residual:rr(n.residual)}:null}function F0(n){let{nx:e,ny:t,header:i}=n,r={},s=[];return i.metrics.forEach((a,o)=>{let l=Yt(n,o),c=[];for(let h=0;h<t;h++){let f=new Array(e);for(let u=0;u<e;u++){let d=l[h*e+u],m=L0(d);m&&s.push({metric:a,index:i.dims===2?[h,u]:[u],value:m}),f[u]=N0(d)}c.push(f)}r[a]=i.dims===2?c:c[0]}),{run:i.run,tag:i.tag,step:i.step,wall_time:Number.isFinite(i.wall_time)?i.wall_time:null,dims:i.dims,metrics:i.metrics.slice(),axes:i.axes.map(a=>({label:a.label,unit:a.unit,coords:rr(a.coords)??[]})),values:r,non_finite:s,trajectory:D0(i.trajectory)}}function Ef(n){return JSON.stringify(F0(n))}function Tf(n,e){let t=n.map(i=>String(i)).join("_").normalize("NFC").replace(/[^\p{L}\p{N}.=+-]+/gu,"_").replace(/_+/g,"_").replace(/^[._]+/,"").replace(/[._]+$/,"");return t=Array.from(t).slice(0,150).join(""),t||(t="landscape"),`${t}.${e}`}function sr(n,e=""){let t=n.label,i=n.explained_variance;return typeof i=="number"&&Number.isFinite(i)&&!/\d\s*%/.test(t)&&(t+=`${t?" ":""}(${(i*100).toFixed(1)}% of variance)`),n.unit&&(t+=t?` [${n.unit}]`:n.unit),e&&(t+=t?` · ${e}`:e),t}function Cf(n,e,t="colour range"){return`${n} point${n===1?"":"s"} ${e} the ${t}`}function nt(n){if(n!==n)return"NaN";if(n===1/0)return"+inf";if(n===-1/0)return"-inf";if(n===0)return"0";let e=Math.abs(n);return e>=1e5||e<.001?n.toExponential(3):String(Number(n.toPrecision(4)))}var U0=6.4;function Rf(n,e){let t=Math.max(4,Math.floor(e/U0));return n.length<=t?n:`${n.slice(0,t-1).trimEnd()}…`}var O0="http://www.w3.org/2000/svg";function Pf(n,e){for(let[t,i]of Object.entries(e))i==null||i===!1||n.setAttribute(t,i===!0?"":String(i))}function re(n,e={},t=[]){let i=document.createElement(n);return Pf(i,e),i.append(...t),i}function Oe(n,e={},t=[]){let i=document.createElementNS(O0,n);return Pf(i,e),i.append(...t),i}function If(n,e,t){let i=Math.max(1,Math.min(3,window.devicePixelRatio||1));n.width=Math.round(e*i),n.height=Math.round(t*i),n.style.width=`${e}px`,n.style.height=`${t}px`;let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");return r.setTransform(i,0,0,i,0,0),r}function Lf(){return Math.max(1,Math.min(3,window.devicePixelRatio||1))}function zc(n,e,t){let i=Lf(),r=Math.round(e*i),s=Math.round(t*i),a;if(n.width!==r||n.height!==s?(n.width=r,n.height=s,a=n.getContext("2d")):(a=n.getContext("2d"),a&&(a.setTransform(1,0,0,1,0,0),a.globalCompositeOperation="source-over",a.globalAlpha=1,a.clearRect(0,0,r,s))),!a)throw new Error("canvas 2D context unavailable");return n.style.width!==`${e}px`&&(n.style.width=`${e}px`),n.style.height!==`${t}px`&&(n.style.height=`${t}px`),a.setTransform(i,0,0,i,0,0),a}function B0(n){let e=getComputedStyle(n).getPropertyValue("--tbl-bg").trim();if(e)return e;for(let t=n;t;t=t.parentElement){let i=getComputedStyle(t).backgroundColor;if(i&&!Nf(i))return i}return"#ffffff"}function Nf(n){return n==="transparent"||/^rgba\(.*,\s*0\)$/.test(n)}var k0=["fill","fill-opacity","stroke","stroke-width","stroke-opacity","stroke-dasharray","stroke-linecap","stroke-linejoin","opacity","font-family","font-size","font-weight","font-style","text-anchor","dominant-baseline","shape-rendering","visibility","display","paint-order"],li=24;function z0(n){let e=n.getBoundingClientRect(),t=n.cloneNode(!0),i=[n,...Array.from(n.querySelectorAll("*"))],r=[t,...Array.from(t.querySelectorAll("*"))];i.forEach((l,c)=>{let h=getComputedStyle(l),f=k0.map(u=>`${u}:${h.getPropertyValue(u)}`).join(";");r[c].setAttribute("style",f)});let s=e.width+2*li,a=e.height+2*li;t.setAttribute("xmlns","http://www.w3.org/2000/svg"),t.setAttribute("width",String(s)),t.setAttribute("height",String(a)),t.setAttribute("viewBox",`${-li} ${-li} ${s} ${a}`),t.style.overflow="visible";let o="data:image/svg+xml;charset=utf-8,"+encodeURIComponent(new XMLSerializer().serializeToString(t));return new Promise((l,c)=>{let h=new Image;h.onload=()=>l(h),h.onerror=()=>c(new Error("SVG export failed")),h.src=o})}function V0(n){return new Promise((e,t)=>n.toBlob(i=>i?e(i):t(new Error("PNG export failed")),"image/png"))}async function ar(n,e=()=>!1){let t=n.getBoundingClientRect(),i=Lf(),r=[],s=1,a=1,o=m=>(s=Math.max(s,m.right-t.left),a=Math.max(a,m.bottom-t.top),[m.left-t.left,m.top-t.top,m.width,m.height]),l=m=>{if(m.nodeType===Node.TEXT_NODE){let p=(m.textContent??"").replace(/\s+/g," ").trim(),_=m.parentElement;if(!p||!_)return;let E=document.createRange();E.selectNodeContents(m);let v=Array.from(E.getClientRects()).filter(F=>F.width>0);if(v.length===0)return;let A=v.map(o),S=getComputedStyle(_),b=`${S.fontStyle} ${S.fontWeight} ${S.fontSize} ${S.fontFamily}`,w=S.color;r.push(Promise.resolve(F=>{F.font=b,F.fillStyle=w,F.textBaseline="middle",F.textAlign="left";let R=p.split(" "),P=0;A.forEach(([L,U,C,N],H)=>{let k=R[P++]??"";for(;P<R.length&&(H===A.length-1||F.measureText(`${k} ${R[P]}`).width<=C+1);)k+=` ${R[P++]}`;F.fillText(k,L,U+N/2)})}));return}if(!(m instanceof Element)||m!==n&&e(m))return;let x=getComputedStyle(m);if(x.display==="none"||x.visibility==="hidden")return;let g=m.getBoundingClientRect();if(m instanceof HTMLCanvasElement){if(m.width>0&&m.height>0){let p=o(g);r.push(Promise.resolve(_=>_.drawImage(m,...p)))}return}if(m instanceof SVGSVGElement){let[p,_,E,v]=o(g);r.push(z0(m).then(A=>S=>{S.drawImage(A,p-li,_-li,E+2*li,v+2*li)}));return}if(m!==n&&g.width>0&&g.height>0&&m.childNodes.length===0&&o(g),m!==n&&g.width>0&&g.height>0){let p=x.backgroundColor,_=m.classList.contains("tbl-hatched"),E=x.backgroundImage,v=/^linear-gradient\(to right, (rgb\([^)]*\)), (rgb\([^)]*\))\)$/.exec(E),A=parseFloat(x.borderTopWidth)||0,S=x.borderTopStyle,b=x.borderTopColor,w=(parseFloat(x.borderLeftWidth)||0)>0&&x.borderLeftStyle!=="none",F=x.borderLeftColor,R=parseFloat(x.borderTopLeftRadius)||0,[P,L,U,C]=[g.left-t.left,g.top-t.top,g.width,g.height];r.push(Promise.resolve(N=>{let H=R>=Math.min(U,C)/2-.5&&R>0,k=()=>{N.beginPath(),H?N.arc(P+U/2,L+C/2,Math.min(U,C)/2,0,2*Math.PI):N.rect(P,L,U,C)};if(v){let J=N.createLinearGradient(P,0,P+U,0);J.addColorStop(0,v[1]),J.addColorStop(1,v[2]),N.fillStyle=J,k(),N.fill()}else p&&!Nf(p)&&(N.fillStyle=p,k(),N.fill());if(_){N.save(),N.beginPath(),N.rect(P,L,U,C),N.clip(),N.strokeStyle="rgba(255, 255, 255, 0.9)",N.lineWidth=1.5,N.beginPath();for(let J=-C;J<U;J+=5.5)N.moveTo(P+J,L+C),N.lineTo(P+J+C,L);N.stroke(),N.restore()}w&&!H?(N.strokeStyle=F,N.lineWidth=1,N.strokeRect(P+.5,L+.5,U-1,C-1)):w&&H?(N.strokeStyle=F,N.lineWidth=parseFloat(x.borderLeftWidth)||1,k(),N.stroke()):A>0&&S!=="none"&&(N.strokeStyle=b,N.lineWidth=A,N.setLineDash(S==="dashed"?[4,3]:S==="dotted"?[1,2]:[]),N.beginPath(),N.moveTo(P,L+A/2),N.lineTo(P+U,L+A/2),N.stroke(),N.setLineDash([]))}))}m.childNodes.forEach(l)};l(n);let c=await Promise.all(r),h=Math.max(1,Math.min(Math.ceil(t.width),Math.ceil(s+8))),f=Math.max(1,Math.min(Math.ceil(t.height),Math.ceil(a+4))),u=document.createElement("canvas");u.width=Math.round(h*i),u.height=Math.round(f*i);let d=u.getContext("2d");if(!d)throw new Error("canvas 2D context unavailable");d.setTransform(i,0,0,i,0,0),d.fillStyle=B0(n),d.fillRect(0,0,h,f);for(let m of c)m(d);return V0(u)}var Df={metric:0,scale:"linear",domain:null,palette:"sequential",style:"heatmap",path:!0,floorContours:!0,overlays:[],allMetrics:!1,maxSide:480};function hr(n,e,t){n.prototype=e.prototype=t,t.constructor=n}function ys(n,e){var t=Object.create(n.prototype);for(var i in e)t[i]=e[i];return t}function ci(){}var Ni=.7,cr=1/Ni,or="\\s*([+-]?\\d+)\\s*",bs="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*",In="\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*",G0=/^#([0-9a-f]{3,8})$/,H0=new RegExp(`^rgb\\(${or},${or},${or}\\)$`),W0=new RegExp(`^rgb\\(${In},${In},${In}\\)$`),$0=new RegExp(`^rgba\\(${or},${or},${or},${bs}\\)$`),X0=new RegExp(`^rgba\\(${In},${In},${In},${bs}\\)$`),q0=new RegExp(`^hsl\\(${bs},${In},${In}\\)$`),Y0=new RegExp(`^hsla\\(${bs},${In},${In},${bs}\\)$`),Ff={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074};hr(ci,ur,{copy(n){return Object.assign(new this.constructor,this,n)},displayable(){return this.rgb().displayable()},hex:Uf,formatHex:Uf,formatHex8:K0,formatHsl:Z0,formatRgb:Of,toString:Of});function Uf(){return this.rgb().formatHex()}function K0(){return this.rgb().formatHex8()}function Z0(){return Xf(this).formatHsl()}function Of(){return this.rgb().formatRgb()}function ur(n){var e,t;return n=(n+"").trim().toLowerCase(),(e=G0.exec(n))?(t=e[1].length,e=parseInt(e[1],16),t===6?Bf(e):t===3?new Rt(e>>8&15|e>>4&240,e>>4&15|e&240,(e&15)<<4|e&15,1):t===8?Da(e>>24&255,e>>16&255,e>>8&255,(e&255)/255):t===4?Da(e>>12&15|e>>8&240,e>>8&15|e>>4&240,e>>4&15|e&240,((e&15)<<4|e&15)/255):null):(e=H0.exec(n))?new Rt(e[1],e[2],e[3],1):(e=W0.exec(n))?new Rt(e[1]*255/100,e[2]*255/100,e[3]*255/100,1):(e=$0.exec(n))?Da(e[1],e[2],e[3],e[4]):(e=X0.exec(n))?Da(e[1]*255/100,e[2]*255/100,e[3]*255/100,e[4]):(e=q0.exec(n))?Vf(e[1],e[2]/100,e[3]/100,1):(e=Y0.exec(n))?Vf(e[1],e[2]/100,e[3]/100,e[4]):Ff.hasOwnProperty(n)?Bf(Ff[n]):n==="transparent"?new Rt(NaN,NaN,NaN,0):null}function Bf(n){return new Rt(n>>16&255,n>>8&255,n&255,1)}function Da(n,e,t,i){return i<=0&&(n=e=t=NaN),new Rt(n,e,t,i)}function Xc(n){return n instanceof ci||(n=ur(n)),n?(n=n.rgb(),new Rt(n.r,n.g,n.b,n.opacity)):new Rt}function Di(n,e,t,i){return arguments.length===1?Xc(n):new Rt(n,e,t,i??1)}function Rt(n,e,t,i){this.r=+n,this.g=+e,this.b=+t,this.opacity=+i}hr(Rt,Di,ys(ci,{brighter(n){return n=n==null?cr:Math.pow(cr,n),new Rt(this.r*n,this.g*n,this.b*n,this.opacity)},darker(n){return n=n==null?Ni:Math.pow(Ni,n),new Rt(this.r*n,this.g*n,this.b*n,this.opacity)},rgb(){return this},clamp(){return new Rt(Ii(this.r),Ii(this.g),Ii(this.b),Ua(this.opacity))},displayable(){return-.5<=this.r&&this.r<255.5&&-.5<=this.g&&this.g<255.5&&-.5<=this.b&&this.b<255.5&&0<=this.opacity&&this.opacity<=1},hex:kf,formatHex:kf,formatHex8:J0,formatRgb:zf,toString:zf}));function kf(){return`#${Pi(this.r)}${Pi(this.g)}${Pi(this.b)}`}function J0(){return`#${Pi(this.r)}${Pi(this.g)}${Pi(this.b)}${Pi((isNaN(this.opacity)?1:this.opacity)*255)}`}function zf(){let n=Ua(this.opacity);return`${n===1?"rgb(":"rgba("}${Ii(this.r)}, ${Ii(this.g)}, ${Ii(this.b)}${n===1?")":`, ${n})`}`}function Ua(n){return isNaN(n)?1:Math.max(0,Math.min(1,n))}function Ii(n){return Math.max(0,Math.min(255,Math.round(n)||0))}function Pi(n){return n=Ii(n),(n<16?"0":"")+n.toString(16)}function Vf(n,e,t,i){return i<=0?n=e=t=NaN:t<=0||t>=1?n=e=NaN:e<=0&&(n=NaN),new _n(n,e,t,i)}function Xf(n){if(n instanceof _n)return new _n(n.h,n.s,n.l,n.opacity);if(n instanceof ci||(n=ur(n)),!n)return new _n;if(n instanceof _n)return n;n=n.rgb();var e=n.r/255,t=n.g/255,i=n.b/255,r=Math.min(e,t,i),s=Math.max(e,t,i),a=NaN,o=s-r,l=(s+r)/2;return o?(e===s?a=(t-i)/o+(t<i)*6:t===s?a=(i-e)/o+2:a=(e-t)/o+4,o/=l<.5?s+r:2-s-r,a*=60):o=l>0&&l<1?0:a,new _n(a,o,l,n.opacity)}function Ba(n,e,t,i){return arguments.length===1?Xf(n):new _n(n,e,t,i??1)}function _n(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}hr(_n,Ba,ys(ci,{brighter(n){return n=n==null?cr:Math.pow(cr,n),new _n(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Ni:Math.pow(Ni,n),new _n(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=this.h%360+(this.h<0)*360,e=isNaN(n)||isNaN(this.s)?0:this.s,t=this.l,i=t+(t<.5?t:1-t)*e,r=2*t-i;return new Rt(Vc(n>=240?n-240:n+120,r,i),Vc(n,r,i),Vc(n<120?n+240:n-120,r,i),this.opacity)},clamp(){return new _n(Gf(this.h),Fa(this.s),Fa(this.l),Ua(this.opacity))},displayable(){return(0<=this.s&&this.s<=1||isNaN(this.s))&&0<=this.l&&this.l<=1&&0<=this.opacity&&this.opacity<=1},formatHsl(){let n=Ua(this.opacity);return`${n===1?"hsl(":"hsla("}${Gf(this.h)}, ${Fa(this.s)*100}%, ${Fa(this.l)*100}%${n===1?")":`, ${n})`}`}}));function Gf(n){return n=(n||0)%360,n<0?n+360:n}function Fa(n){return Math.max(0,Math.min(1,n||0))}function Vc(n,e,t){return(n<60?e+(t-e)*n/60:n<180?t:n<240?e+(t-e)*(240-n)/60:e)*255}var qf=Math.PI/180,Yf=180/Math.PI,Oa=18,Kf=.96422,Zf=1,Jf=.82521,jf=4/29,lr=6/29,Qf=3*lr*lr,j0=lr*lr*lr;function ed(n){if(n instanceof Ln)return new Ln(n.l,n.a,n.b,n.opacity);if(n instanceof Hn)return nd(n);n instanceof Rt||(n=Xc(n));var e=$c(n.r),t=$c(n.g),i=$c(n.b),r=Gc((.2225045*e+.7168786*t+.0606169*i)/Zf),s,a;return e===t&&t===i?s=a=r:(s=Gc((.4360747*e+.3850649*t+.1430804*i)/Kf),a=Gc((.0139322*e+.0971045*t+.7141733*i)/Jf)),new Ln(116*r-16,500*(s-r),200*(r-a),n.opacity)}function td(n,e,t,i){return arguments.length===1?ed(n):new Ln(n,e,t,i??1)}function Ln(n,e,t,i){this.l=+n,this.a=+e,this.b=+t,this.opacity=+i}hr(Ln,td,ys(ci,{brighter(n){return new Ln(this.l+Oa*(n??1),this.a,this.b,this.opacity)},darker(n){return new Ln(this.l-Oa*(n??1),this.a,this.b,this.opacity)},rgb(){var n=(this.l+16)/116,e=isNaN(this.a)?n:n+this.a/500,t=isNaN(this.b)?n:n-this.b/200;return e=Kf*Hc(e),n=Zf*Hc(n),t=Jf*Hc(t),new Rt(Wc(3.1338561*e-1.6168667*n-.4906146*t),Wc(-.9787684*e+1.9161415*n+.033454*t),Wc(.0719453*e-.2289914*n+1.4052427*t),this.opacity)}}));function Gc(n){return n>j0?Math.pow(n,1/3):n/Qf+jf}function Hc(n){return n>lr?n*n*n:Qf*(n-jf)}function Wc(n){return 255*(n<=.0031308?12.92*n:1.055*Math.pow(n,1/2.4)-.055)}function $c(n){return(n/=255)<=.04045?n/12.92:Math.pow((n+.055)/1.055,2.4)}function Q0(n){if(n instanceof Hn)return new Hn(n.h,n.c,n.l,n.opacity);if(n instanceof Ln||(n=ed(n)),n.a===0&&n.b===0)return new Hn(NaN,0<n.l&&n.l<100?0:NaN,n.l,n.opacity);var e=Math.atan2(n.b,n.a)*Yf;return new Hn(e<0?e+360:e,Math.sqrt(n.a*n.a+n.b*n.b),n.l,n.opacity)}function ka(n,e,t,i){return arguments.length===1?Q0(n):new Hn(n,e,t,i??1)}function Hn(n,e,t,i){this.h=+n,this.c=+e,this.l=+t,this.opacity=+i}function nd(n){if(isNaN(n.h))return new Ln(n.l,0,0,n.opacity);var e=n.h*qf;return new Ln(n.l,Math.cos(e)*n.c,Math.sin(e)*n.c,n.opacity)}hr(Hn,ka,ys(ci,{brighter(n){return new Hn(this.h,this.c,this.l+Oa*(n??1),this.opacity)},darker(n){return new Hn(this.h,this.c,this.l-Oa*(n??1),this.opacity)},rgb(){return nd(this).rgb()}}));var id=-.14861,qc=1.78277,Yc=-.29227,za=-.90649,xs=1.97294,Hf=xs*za,Wf=xs*qc,$f=qc*Yc-za*id;function eb(n){if(n instanceof Li)return new Li(n.h,n.s,n.l,n.opacity);n instanceof Rt||(n=Xc(n));var e=n.r/255,t=n.g/255,i=n.b/255,r=($f*i+Hf*e-Wf*t)/($f+Hf-Wf),s=i-r,a=(xs*(t-r)-Yc*s)/za,o=Math.sqrt(a*a+s*s)/(xs*r*(1-r)),l=o?Math.atan2(a,s)*Yf-120:NaN;return new Li(l<0?l+360:l,o,r,n.opacity)}function un(n,e,t,i){return arguments.length===1?eb(n):new Li(n,e,t,i??1)}function Li(n,e,t,i){this.h=+n,this.s=+e,this.l=+t,this.opacity=+i}hr(Li,un,ys(ci,{brighter(n){return n=n==null?cr:Math.pow(cr,n),new Li(this.h,this.s,this.l*n,this.opacity)},darker(n){return n=n==null?Ni:Math.pow(Ni,n),new Li(this.h,this.s,this.l*n,this.opacity)},rgb(){var n=isNaN(this.h)?0:(this.h+120)*qf,e=+this.l,t=isNaN(this.s)?0:this.s*e*(1-e),i=Math.cos(n),r=Math.sin(n);return new Rt(255*(e+t*(id*i+qc*r)),255*(e+t*(Yc*i+za*r)),255*(e+t*(xs*i)),this.opacity)}}));function od(n,e,t,i,r){var s=n*n,a=s*n;return((1-3*n+3*s-a)*e+(4-6*s+3*a)*t+(1+3*n+3*s-3*a)*i+a*r)/6}function tb(n){var e=n.length-1;return function(t){var i=t<=0?t=0:t>=1?(t=1,e-1):Math.floor(t*e),r=n[i],s=n[i+1],a=i>0?n[i-1]:2*r-s,o=i<e-1?n[i+2]:2*s-r;return od((t-i/e)*e,a,r,s,o)}}function nb(n){var e=n.length;return function(t){var i=Math.floor(((t%=1)<0?++t:t)*e),r=n[(i+e-1)%e],s=n[i%e],a=n[(i+1)%e],o=n[(i+2)%e];return od((t-i/e)*e,r,s,a,o)}}var Ga=n=>()=>n;function ld(n,e){return function(t){return n+t*e}}function ib(n,e,t){return n=Math.pow(n,t),e=Math.pow(e,t)-n,t=1/t,function(i){return Math.pow(n+i*e,t)}}function jc(n,e){var t=e-n;return t?ld(n,t>180||t<-180?t-360*Math.round(t/360):t):Ga(isNaN(n)?e:n)}function rb(n){return(n=+n)==1?Kt:function(e,t){return t-e?ib(e,t,n):Ga(isNaN(e)?t:e)}}function Kt(n,e){var t=e-n;return t?ld(n,t):Ga(isNaN(n)?e:n)}var rd=(function n(e){var t=rb(e);function i(r,s){var a=t((r=Di(r)).r,(s=Di(s)).r),o=t(r.g,s.g),l=t(r.b,s.b),c=Kt(r.opacity,s.opacity);return function(h){return r.r=a(h),r.g=o(h),r.b=l(h),r.opacity=c(h),r+""}}return i.gamma=n,i})(1);function cd(n){return function(e){var t=e.length,i=new Array(t),r=new Array(t),s=new Array(t),a,o;for(a=0;a<t;++a)o=Di(e[a]),i[a]=o.r||0,r[a]=o.g||0,s[a]=o.b||0;return i=n(i),r=n(r),s=n(s),o.opacity=1,function(l){return o.r=i(l),o.g=r(l),o.b=s(l),o+""}}}var hd=cd(tb),nA=cd(nb);function sb(n,e){e||(e=[]);var t=n?Math.min(e.length,n.length):0,i=e.slice(),r;return function(s){for(r=0;r<t;++r)i[r]=n[r]*(1-s)+e[r]*s;return i}}function ab(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function ob(n,e){var t=e?e.length:0,i=n?Math.min(t,n.length):0,r=new Array(i),s=new Array(t),a;for(a=0;a<i;++a)r[a]=Ha(n[a],e[a]);for(;a<t;++a)s[a]=e[a];return function(o){for(a=0;a<i;++a)s[a]=r[a](o);return s}}function lb(n,e){var t=new Date;return n=+n,e=+e,function(i){return t.setTime(n*(1-i)+e*i),t}}function vn(n,e){return n=+n,e=+e,function(t){return n*(1-t)+e*t}}function cb(n,e){var t={},i={},r;(n===null||typeof n!="object")&&(n={}),(e===null||typeof e!="object")&&(e={});for(r in e)r in n?t[r]=Ha(n[r],e[r]):i[r]=e[r];return function(s){for(r in t)i[r]=t[r](s);return i}}var Zc=/[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g,Kc=new RegExp(Zc.source,"g");function hb(n){return function(){return n}}function ub(n){return function(e){return n(e)+""}}function fb(n,e){var t=Zc.lastIndex=Kc.lastIndex=0,i,r,s,a=-1,o=[],l=[];for(n=n+"",e=e+"";(i=Zc.exec(n))&&(r=Kc.exec(e));)(s=r.index)>t&&(s=e.slice(t,s),o[a]?o[a]+=s:o[++a]=s),(i=i[0])===(r=r[0])?o[a]?o[a]+=r:o[++a]=r:(o[++a]=null,l.push({i:a,x:vn(i,r)})),t=Kc.lastIndex;return t<e.length&&(s=e.slice(t),o[a]?o[a]+=s:o[++a]=s),o.length<2?l[0]?ub(l[0].x):hb(e):(e=l.length,function(c){for(var h=0,f;h<e;++h)o[(f=l[h]).i]=f.x(c);return o.join("")})}function Ha(n,e){var t=typeof e,i;return e==null||t==="boolean"?Ga(e):(t==="number"?vn:t==="string"?(i=ur(e))?(e=i,rd):fb:e instanceof ur?rd:e instanceof Date?lb:ab(e)?sb:Array.isArray(e)?ob:typeof e.valueOf!="function"&&typeof e.toString!="function"||isNaN(e)?cb:vn)(n,e)}function ud(n,e){return n=+n,e=+e,function(t){return Math.round(n*(1-t)+e*t)}}var sd=180/Math.PI,Jc={translateX:0,translateY:0,rotate:0,skewX:0,scaleX:1,scaleY:1};function fd(n,e,t,i,r,s){var a,o,l;return(a=Math.sqrt(n*n+e*e))&&(n/=a,e/=a),(l=n*t+e*i)&&(t-=n*l,i-=e*l),(o=Math.sqrt(t*t+i*i))&&(t/=o,i/=o,l/=o),n*i<e*t&&(n=-n,e=-e,l=-l,a=-a),{translateX:r,translateY:s,rotate:Math.atan2(e,n)*sd,skewX:Math.atan(l)*sd,scaleX:a,scaleY:o}}var Va;function db(n){let e=new(typeof DOMMatrix=="function"?DOMMatrix:WebKitCSSMatrix)(n+"");return e.isIdentity?Jc:fd(e.a,e.b,e.c,e.d,e.e,e.f)}function pb(n){return n==null||(Va||(Va=document.createElementNS("http://www.w3.org/2000/svg","g")),Va.setAttribute("transform",n),!(n=Va.transform.baseVal.consolidate()))?Jc:(n=n.matrix,fd(n.a,n.b,n.c,n.d,n.e,n.f))}function dd(n,e,t,i){function r(c){return c.length?c.pop()+" ":""}function s(c,h,f,u,d,m){if(c!==f||h!==u){var x=d.push("translate(",null,e,null,t);m.push({i:x-4,x:vn(c,f)},{i:x-2,x:vn(h,u)})}else(f||u)&&d.push("translate("+f+e+u+t)}function a(c,h,f,u){c!==h?(c-h>180?h+=360:h-c>180&&(c+=360),u.push({i:f.push(r(f)+"rotate(",null,i)-2,x:vn(c,h)})):h&&f.push(r(f)+"rotate("+h+i)}function o(c,h,f,u){c!==h?u.push({i:f.push(r(f)+"skewX(",null,i)-2,x:vn(c,h)}):h&&f.push(r(f)+"skewX("+h+i)}function l(c,h,f,u,d,m){if(c!==f||h!==u){var x=d.push(r(d)+"scale(",null,",",null,")");m.push({i:x-4,x:vn(c,f)},{i:x-2,x:vn(h,u)})}else(f!==1||u!==1)&&d.push(r(d)+"scale("+f+","+u+")")}return function(c,h){var f=[],u=[];return c=n(c),h=n(h),s(c.translateX,c.translateY,h.translateX,h.translateY,f,u),a(c.rotate,h.rotate,f,u),o(c.skewX,h.skewX,f,u),l(c.scaleX,c.scaleY,h.scaleX,h.scaleY,f,u),c=h=null,function(d){for(var m=-1,x=u.length,g;++m<x;)f[(g=u[m]).i]=g.x(d);return f.join("")}}}var iA=dd(db,"px, ","px)","deg)"),rA=dd(pb,", ",")",")"),mb=1e-12;function ad(n){return((n=Math.exp(n))+1/n)/2}function gb(n){return((n=Math.exp(n))-1/n)/2}function bb(n){return((n=Math.exp(2*n))-1)/(n+1)}var sA=(function n(e,t,i){function r(s,a){var o=s[0],l=s[1],c=s[2],h=a[0],f=a[1],u=a[2],d=h-o,m=f-l,x=d*d+m*m,g,p;if(x<mb)p=Math.log(u/c)/e,g=function(b){return[o+b*d,l+b*m,c*Math.exp(e*b*p)]};else{var _=Math.sqrt(x),E=(u*u-c*c+i*x)/(2*c*t*_),v=(u*u-c*c-i*x)/(2*u*t*_),A=Math.log(Math.sqrt(E*E+1)-E),S=Math.log(Math.sqrt(v*v+1)-v);p=(S-A)/e,g=function(b){var w=b*p,F=ad(A),R=c/(t*_)*(F*bb(e*w+A)-gb(A));return[o+R*d,l+R*m,c*F/ad(e*w+A)]}}return g.duration=Math.abs(p)*1e3*e/Math.SQRT2,g}return r.rho=function(s){var a=Math.max(.001,+s),o=a*a,l=o*o;return n(a,o,l)},r})(Math.SQRT2,2,4);function pd(n){return function(e,t){var i=n((e=Ba(e)).h,(t=Ba(t)).h),r=Kt(e.s,t.s),s=Kt(e.l,t.l),a=Kt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.s=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var aA=pd(jc),oA=pd(Kt);function md(n){return function(e,t){var i=n((e=ka(e)).h,(t=ka(t)).h),r=Kt(e.c,t.c),s=Kt(e.l,t.l),a=Kt(e.opacity,t.opacity);return function(o){return e.h=i(o),e.c=r(o),e.l=s(o),e.opacity=a(o),e+""}}}var lA=md(jc),cA=md(Kt);function gd(n){return(function e(t){t=+t;function i(r,s){var a=n((r=un(r)).h,(s=un(s)).h),o=Kt(r.s,s.s),l=Kt(r.l,s.l),c=Kt(r.opacity,s.opacity);return function(h){return r.h=a(h),r.s=o(h),r.l=l(Math.pow(h,t)),r.opacity=c(h),r+""}}return i.gamma=e,i})(1)}var hA=gd(jc),Wa=gd(Kt);function Ge(n){for(var e=n.length/6|0,t=new Array(e),i=0;i<e;)t[i]="#"+n.slice(i*6,++i*6);return t}var pA=Ge("1f77b4ff7f0e2ca02cd627289467bd8c564be377c27f7f7fbcbd2217becf"),mA=Ge("7fc97fbeaed4fdc086ffff99386cb0f0027fbf5b17666666"),gA=Ge("1b9e77d95f027570b3e7298a66a61ee6ab02a6761d666666"),bA=Ge("4269d0efb118ff725c6cc5b03ca951ff8ab7a463f297bbf59c6b4e9498a0"),xA=Ge("a6cee31f78b4b2df8a33a02cfb9a99e31a1cfdbf6fff7f00cab2d66a3d9affff99b15928"),yA=Ge("fbb4aeb3cde3ccebc5decbe4fed9a6ffffcce5d8bdfddaecf2f2f2"),_A=Ge("b3e2cdfdcdaccbd5e8f4cae4e6f5c9fff2aef1e2cccccccc"),vA=Ge("e41a1c377eb84daf4a984ea3ff7f00ffff33a65628f781bf999999"),MA=Ge("66c2a5fc8d628da0cbe78ac3a6d854ffd92fe5c494b3b3b3"),SA=Ge("8dd3c7ffffb3bebadafb807280b1d3fdb462b3de69fccde5d9d9d9bc80bdccebc5ffed6f"),bd=Ge("4e79a7f28e2ce1575976b7b259a14fedc949af7aa1ff9da79c755fbab0ab"),ht=n=>hd(n[n.length-1]),xb=new Array(3).concat("d8b365f5f5f55ab4ac","a6611adfc27d80cdc1018571","a6611adfc27df5f5f580cdc1018571","8c510ad8b365f6e8c3c7eae55ab4ac01665e","8c510ad8b365f6e8c3f5f5f5c7eae55ab4ac01665e","8c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e","8c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e","5430058c510abf812ddfc27df6e8c3c7eae580cdc135978f01665e003c30","5430058c510abf812ddfc27df6e8c3f5f5f5c7eae580cdc135978f01665e003c30").map(Ge),wA=ht(xb),yb=new Array(3).concat("af8dc3f7f7f77fbf7b","7b3294c2a5cfa6dba0008837","7b3294c2a5cff7f7f7a6dba0008837","762a83af8dc3e7d4e8d9f0d37fbf7b1b7837","762a83af8dc3e7d4e8f7f7f7d9f0d37fbf7b1b7837","762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b7837","762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b7837","40004b762a839970abc2a5cfe7d4e8d9f0d3a6dba05aae611b783700441b","40004b762a839970abc2a5cfe7d4e8f7f7f7d9f0d3a6dba05aae611b783700441b").map(Ge),AA=ht(yb),_b=new Array(3).concat("e9a3c9f7f7f7a1d76a","d01c8bf1b6dab8e1864dac26","d01c8bf1b6daf7f7f7b8e1864dac26","c51b7de9a3c9fde0efe6f5d0a1d76a4d9221","c51b7de9a3c9fde0eff7f7f7e6f5d0a1d76a4d9221","c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221","c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221","8e0152c51b7dde77aef1b6dafde0efe6f5d0b8e1867fbc414d9221276419","8e0152c51b7dde77aef1b6dafde0eff7f7f7e6f5d0b8e1867fbc414d9221276419").map(Ge),EA=ht(_b),vb=new Array(3).concat("998ec3f7f7f7f1a340","5e3c99b2abd2fdb863e66101","5e3c99b2abd2f7f7f7fdb863e66101","542788998ec3d8daebfee0b6f1a340b35806","542788998ec3d8daebf7f7f7fee0b6f1a340b35806","5427888073acb2abd2d8daebfee0b6fdb863e08214b35806","5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b35806","2d004b5427888073acb2abd2d8daebfee0b6fdb863e08214b358067f3b08","2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08").map(Ge),TA=ht(vb),Mb=new Array(3).concat("ef8a62f7f7f767a9cf","ca0020f4a58292c5de0571b0","ca0020f4a582f7f7f792c5de0571b0","b2182bef8a62fddbc7d1e5f067a9cf2166ac","b2182bef8a62fddbc7f7f7f7d1e5f067a9cf2166ac","b2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac","b2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac","67001fb2182bd6604df4a582fddbc7d1e5f092c5de4393c32166ac053061","67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061").map(Ge),xd=ht(Mb),Sb=new Array(3).concat("ef8a62ffffff999999","ca0020f4a582bababa404040","ca0020f4a582ffffffbababa404040","b2182bef8a62fddbc7e0e0e09999994d4d4d","b2182bef8a62fddbc7ffffffe0e0e09999994d4d4d","b2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d","b2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d","67001fb2182bd6604df4a582fddbc7e0e0e0bababa8787874d4d4d1a1a1a","67001fb2182bd6604df4a582fddbc7ffffffe0e0e0bababa8787874d4d4d1a1a1a").map(Ge),CA=ht(Sb),wb=new Array(3).concat("fc8d59ffffbf91bfdb","d7191cfdae61abd9e92c7bb6","d7191cfdae61ffffbfabd9e92c7bb6","d73027fc8d59fee090e0f3f891bfdb4575b4","d73027fc8d59fee090ffffbfe0f3f891bfdb4575b4","d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4","d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4","a50026d73027f46d43fdae61fee090e0f3f8abd9e974add14575b4313695","a50026d73027f46d43fdae61fee090ffffbfe0f3f8abd9e974add14575b4313695").map(Ge),RA=ht(wb),Ab=new Array(3).concat("fc8d59ffffbf91cf60","d7191cfdae61a6d96a1a9641","d7191cfdae61ffffbfa6d96a1a9641","d73027fc8d59fee08bd9ef8b91cf601a9850","d73027fc8d59fee08bffffbfd9ef8b91cf601a9850","d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850","d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850","a50026d73027f46d43fdae61fee08bd9ef8ba6d96a66bd631a9850006837","a50026d73027f46d43fdae61fee08bffffbfd9ef8ba6d96a66bd631a9850006837").map(Ge),PA=ht(Ab),Eb=new Array(3).concat("fc8d59ffffbf99d594","d7191cfdae61abdda42b83ba","d7191cfdae61ffffbfabdda42b83ba","d53e4ffc8d59fee08be6f59899d5943288bd","d53e4ffc8d59fee08bffffbfe6f59899d5943288bd","d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd","d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd","9e0142d53e4ff46d43fdae61fee08be6f598abdda466c2a53288bd5e4fa2","9e0142d53e4ff46d43fdae61fee08bffffbfe6f598abdda466c2a53288bd5e4fa2").map(Ge),IA=ht(Eb),Tb=new Array(3).concat("e5f5f999d8c92ca25f","edf8fbb2e2e266c2a4238b45","edf8fbb2e2e266c2a42ca25f006d2c","edf8fbccece699d8c966c2a42ca25f006d2c","edf8fbccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45005824","f7fcfde5f5f9ccece699d8c966c2a441ae76238b45006d2c00441b").map(Ge),LA=ht(Tb),Cb=new Array(3).concat("e0ecf49ebcda8856a7","edf8fbb3cde38c96c688419d","edf8fbb3cde38c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68856a7810f7c","edf8fbbfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d6e016b","f7fcfde0ecf4bfd3e69ebcda8c96c68c6bb188419d810f7c4d004b").map(Ge),NA=ht(Cb),Rb=new Array(3).concat("e0f3dba8ddb543a2ca","f0f9e8bae4bc7bccc42b8cbe","f0f9e8bae4bc7bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc443a2ca0868ac","f0f9e8ccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe08589e","f7fcf0e0f3dbccebc5a8ddb57bccc44eb3d32b8cbe0868ac084081").map(Ge),DA=ht(Rb),Pb=new Array(3).concat("fee8c8fdbb84e34a33","fef0d9fdcc8afc8d59d7301f","fef0d9fdcc8afc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59e34a33b30000","fef0d9fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301f990000","fff7ecfee8c8fdd49efdbb84fc8d59ef6548d7301fb300007f0000").map(Ge),FA=ht(Pb),Ib=new Array(3).concat("ece2f0a6bddb1c9099","f6eff7bdc9e167a9cf02818a","f6eff7bdc9e167a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf1c9099016c59","f6eff7d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016450","fff7fbece2f0d0d1e6a6bddb67a9cf3690c002818a016c59014636").map(Ge),UA=ht(Ib),Lb=new Array(3).concat("ece7f2a6bddb2b8cbe","f1eef6bdc9e174a9cf0570b0","f1eef6bdc9e174a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf2b8cbe045a8d","f1eef6d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0034e7b","fff7fbece7f2d0d1e6a6bddb74a9cf3690c00570b0045a8d023858").map(Ge),OA=ht(Lb),Nb=new Array(3).concat("e7e1efc994c7dd1c77","f1eef6d7b5d8df65b0ce1256","f1eef6d7b5d8df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0dd1c77980043","f1eef6d4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125691003f","f7f4f9e7e1efd4b9dac994c7df65b0e7298ace125698004367001f").map(Ge),BA=ht(Nb),Db=new Array(3).concat("fde0ddfa9fb5c51b8a","feebe2fbb4b9f768a1ae017e","feebe2fbb4b9f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1c51b8a7a0177","feebe2fcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a0177","fff7f3fde0ddfcc5c0fa9fb5f768a1dd3497ae017e7a017749006a").map(Ge),kA=ht(Db),Fb=new Array(3).concat("edf8b17fcdbb2c7fb8","ffffcca1dab441b6c4225ea8","ffffcca1dab441b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c42c7fb8253494","ffffccc7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea80c2c84","ffffd9edf8b1c7e9b47fcdbb41b6c41d91c0225ea8253494081d58").map(Ge),zA=ht(Fb),Ub=new Array(3).concat("f7fcb9addd8e31a354","ffffccc2e69978c679238443","ffffccc2e69978c67931a354006837","ffffccd9f0a3addd8e78c67931a354006837","ffffccd9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443005a32","ffffe5f7fcb9d9f0a3addd8e78c67941ab5d238443006837004529").map(Ge),VA=ht(Ub),Ob=new Array(3).concat("fff7bcfec44fd95f0e","ffffd4fed98efe9929cc4c02","ffffd4fed98efe9929d95f0e993404","ffffd4fee391fec44ffe9929d95f0e993404","ffffd4fee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c028c2d04","ffffe5fff7bcfee391fec44ffe9929ec7014cc4c02993404662506").map(Ge),GA=ht(Ob),Bb=new Array(3).concat("ffeda0feb24cf03b20","ffffb2fecc5cfd8d3ce31a1c","ffffb2fecc5cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cf03b20bd0026","ffffb2fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cb10026","ffffccffeda0fed976feb24cfd8d3cfc4e2ae31a1cbd0026800026").map(Ge),yd=ht(Bb),kb=new Array(3).concat("deebf79ecae13182bd","eff3ffbdd7e76baed62171b5","eff3ffbdd7e76baed63182bd08519c","eff3ffc6dbef9ecae16baed63182bd08519c","eff3ffc6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b5084594","f7fbffdeebf7c6dbef9ecae16baed64292c62171b508519c08306b").map(Ge),HA=ht(kb),zb=new Array(3).concat("e5f5e0a1d99b31a354","edf8e9bae4b374c476238b45","edf8e9bae4b374c47631a354006d2c","edf8e9c7e9c0a1d99b74c47631a354006d2c","edf8e9c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45005a32","f7fcf5e5f5e0c7e9c0a1d99b74c47641ab5d238b45006d2c00441b").map(Ge),WA=ht(zb),Vb=new Array(3).concat("f0f0f0bdbdbd636363","f7f7f7cccccc969696525252","f7f7f7cccccc969696636363252525","f7f7f7d9d9d9bdbdbd969696636363252525","f7f7f7d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525","fffffff0f0f0d9d9d9bdbdbd969696737373525252252525000000").map(Ge),$A=ht(Vb),Gb=new Array(3).concat("efedf5bcbddc756bb1","f2f0f7cbc9e29e9ac86a51a3","f2f0f7cbc9e29e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8756bb154278f","f2f0f7dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a34a1486","fcfbfdefedf5dadaebbcbddc9e9ac8807dba6a51a354278f3f007d").map(Ge),XA=ht(Gb),Hb=new Array(3).concat("fee0d2fc9272de2d26","fee5d9fcae91fb6a4acb181d","fee5d9fcae91fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4ade2d26a50f15","fee5d9fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181d99000d","fff5f0fee0d2fcbba1fc9272fb6a4aef3b2ccb181da50f1567000d").map(Ge),qA=ht(Hb),Wb=new Array(3).concat("fee6cefdae6be6550d","feeddefdbe85fd8d3cd94701","feeddefdbe85fd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3ce6550da63603","feeddefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d948018c2d04","fff5ebfee6cefdd0a2fdae6bfd8d3cf16913d94801a636037f2704").map(Ge),YA=ht(Wb);var KA=Wa(un(300,.5,0),un(-240,.5,1)),ZA=Wa(un(-100,.75,.35),un(80,1.5,.8)),JA=Wa(un(260,.75,.35),un(80,1.5,.8)),jA=un();var QA=Di(),eE=Math.PI/3,tE=Math.PI*2/3;function $a(n){var e=n.length;return function(t){return n[Math.max(0,Math.min(e-1,Math.floor(t*e)))]}}var _d=$a(Ge("44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f854240864241864142874144874045884046883f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f881fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf7046c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d84098d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61ef6e620f8e621fbe723fde725")),nE=$a(Ge("00000401000501010601010802010902020b02020d03030f03031204041405041606051806051a07061c08071e0907200a08220b09240c09260d0a290e0b2b100b2d110c2f120d31130d34140e36150e38160f3b180f3d19103f1a10421c10441d11471e114920114b21114e22115024125325125527125829115a2a115c2c115f2d11612f116331116533106734106936106b38106c390f6e3b0f703d0f713f0f72400f74420f75440f764510774710784910784a10794c117a4e117b4f127b51127c52137c54137d56147d57157e59157e5a167e5c167f5d177f5f187f601880621980641a80651a80671b80681c816a1c816b1d816d1d816e1e81701f81721f817320817521817621817822817922827b23827c23827e24828025828125818326818426818627818827818928818b29818c29818e2a81902a81912b81932b80942c80962c80982d80992d809b2e7f9c2e7f9e2f7fa02f7fa1307ea3307ea5317ea6317da8327daa337dab337cad347cae347bb0357bb2357bb3367ab5367ab73779b83779ba3878bc3978bd3977bf3a77c03a76c23b75c43c75c53c74c73d73c83e73ca3e72cc3f71cd4071cf4070d0416fd2426fd3436ed5446dd6456cd8456cd9466bdb476adc4869de4968df4a68e04c67e24d66e34e65e44f64e55064e75263e85362e95462ea5661eb5760ec5860ed5a5fee5b5eef5d5ef05f5ef1605df2625df2645cf3655cf4675cf4695cf56b5cf66c5cf66e5cf7705cf7725cf8745cf8765cf9785df9795df97b5dfa7d5efa7f5efa815ffb835ffb8560fb8761fc8961fc8a62fc8c63fc8e64fc9065fd9266fd9467fd9668fd9869fd9a6afd9b6bfe9d6cfe9f6dfea16efea36ffea571fea772fea973feaa74feac76feae77feb078feb27afeb47bfeb67cfeb77efeb97ffebb81febd82febf84fec185fec287fec488fec68afec88cfeca8dfecc8ffecd90fecf92fed194fed395fed597fed799fed89afdda9cfddc9efddea0fde0a1fde2a3fde3a5fde5a7fde7a9fde9aafdebacfcecaefceeb0fcf0b2fcf2b4fcf4b6fcf6b8fcf7b9fcf9bbfcfbbdfcfdbf")),iE=$a(Ge("00000401000501010601010802010a02020c02020e03021004031204031405041706041907051b08051d09061f0a07220b07240c08260d08290e092b10092d110a30120a32140b34150b37160b39180c3c190c3e1b0c411c0c431e0c451f0c48210c4a230c4c240c4f260c51280b53290b552b0b572d0b592f0a5b310a5c320a5e340a5f3609613809623909633b09643d09653e0966400a67420a68440a68450a69470b6a490b6a4a0c6b4c0c6b4d0d6c4f0d6c510e6c520e6d540f6d550f6d57106e59106e5a116e5c126e5d126e5f136e61136e62146e64156e65156e67166e69166e6a176e6c186e6d186e6f196e71196e721a6e741a6e751b6e771c6d781c6d7a1d6d7c1d6d7d1e6d7f1e6c801f6c82206c84206b85216b87216b88226a8a226a8c23698d23698f24699025689225689326679526679727669827669a28659b29649d29649f2a63a02a63a22b62a32c61a52c60a62d60a82e5fa92e5eab2f5ead305dae305cb0315bb1325ab3325ab43359b63458b73557b93556ba3655bc3754bd3853bf3952c03a51c13a50c33b4fc43c4ec63d4dc73e4cc83f4bca404acb4149cc4248ce4347cf4446d04545d24644d34743d44842d54a41d74b3fd84c3ed94d3dda4e3cdb503bdd513ade5238df5337e05536e15635e25734e35933e45a31e55c30e65d2fe75e2ee8602de9612bea632aeb6429eb6628ec6726ed6925ee6a24ef6c23ef6e21f06f20f1711ff1731df2741cf3761bf37819f47918f57b17f57d15f67e14f68013f78212f78410f8850ff8870ef8890cf98b0bf98c0af98e09fa9008fa9207fa9407fb9606fb9706fb9906fb9b06fb9d07fc9f07fca108fca309fca50afca60cfca80dfcaa0ffcac11fcae12fcb014fcb216fcb418fbb61afbb81dfbba1ffbbc21fbbe23fac026fac228fac42afac62df9c72ff9c932f9cb35f8cd37f8cf3af7d13df7d340f6d543f6d746f5d949f5db4cf4dd4ff4df53f4e156f3e35af3e55df2e661f2e865f2ea69f1ec6df1ed71f1ef75f1f179f2f27df2f482f3f586f3f68af4f88ef5f992f6fa96f8fb9af9fc9dfafda1fcffa4")),rE=$a(Ge("0d088710078813078916078a19068c1b068d1d068e20068f2206902406912605912805922a05932c05942e05952f059631059733059735049837049938049a3a049a3c049b3e049c3f049c41049d43039e44039e46039f48039f4903a04b03a14c02a14e02a25002a25102a35302a35502a45601a45801a45901a55b01a55c01a65e01a66001a66100a76300a76400a76600a76700a86900a86a00a86c00a86e00a86f00a87100a87201a87401a87501a87701a87801a87a02a87b02a87d03a87e03a88004a88104a78305a78405a78606a68707a68808a68a09a58b0aa58d0ba58e0ca48f0da4910ea3920fa39410a29511a19613a19814a099159f9a169f9c179e9d189d9e199da01a9ca11b9ba21d9aa31e9aa51f99a62098a72197a82296aa2395ab2494ac2694ad2793ae2892b02991b12a90b22b8fb32c8eb42e8db52f8cb6308bb7318ab83289ba3388bb3488bc3587bd3786be3885bf3984c03a83c13b82c23c81c33d80c43e7fc5407ec6417dc7427cc8437bc9447aca457acb4679cc4778cc4977cd4a76ce4b75cf4c74d04d73d14e72d24f71d35171d45270d5536fd5546ed6556dd7566cd8576bd9586ada5a6ada5b69db5c68dc5d67dd5e66de5f65de6164df6263e06363e16462e26561e26660e3685fe4695ee56a5de56b5de66c5ce76e5be76f5ae87059e97158e97257ea7457eb7556eb7655ec7754ed7953ed7a52ee7b51ef7c51ef7e50f07f4ff0804ef1814df1834cf2844bf3854bf3874af48849f48948f58b47f58c46f68d45f68f44f79044f79143f79342f89441f89540f9973ff9983ef99a3efa9b3dfa9c3cfa9e3bfb9f3afba139fba238fca338fca537fca636fca835fca934fdab33fdac33fdae32fdaf31fdb130fdb22ffdb42ffdb52efeb72dfeb82cfeba2cfebb2bfebd2afebe2afec029fdc229fdc328fdc527fdc627fdc827fdca26fdcb26fccd25fcce25fcd025fcd225fbd324fbd524fbd724fad824fada24f9dc24f9dd25f8df25f8e125f7e225f7e425f6e626f6e826f5e926f5eb27f4ed27f3ee27f3f027f2f227f1f426f1f525f0f724f0f921"));var Fi=[150,150,150],Ui=[230,0,230],Oi=[0,200,255];function vt(n){return`rgb(${n[0]}, ${n[1]}, ${n[2]})`}function Xa(n){let e=/^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(n);if(e)return[+e[1],+e[2],+e[3]];let t=/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(n);if(t)return[parseInt(t[1],16),parseInt(t[2],16),parseInt(t[3],16)];throw new Error(`unrecognised colour ${JSON.stringify(n)}`)}function qa(n){return xd(1-n)}function $b(n){return n==="diverging"?qa:_d}function Xb(n,e,t="linear"){let[i,r]=e;if(t==="log"){let s=Math.log10(i);return Math.pow(10,s+n*(Math.log10(r)-s))}return i+n*(r-i)}var fr=class{constructor(e,t={}){this.scale=t.scale??"linear",this.palette=t.palette??"sequential",this.size=t.size??256,this.interpolate=t.interpolate??$b(this.palette);let[i,r]=e;this.scale==="log"&&!(i>0)&&(i=r>0?r*1e-6:1e-6,r>i||(r=i*10)),this.domain=[i,r],this.l0=i>0?Math.log10(i):0,this.lspan=i>0&&r>i?Math.log10(r)-this.l0:0,this.lut=new Uint8Array(this.size*3);for(let s=0;s<this.size;s++)this.lut.set(Xa(this.interpolate(s/(this.size-1))),s*3)}position(e){if(!Number.isFinite(e))return NaN;let[t,i]=this.domain;if(!(i>t))return .5;let r;if(this.scale==="log"){if(e<=0)return 0;r=(Math.log10(e)-this.l0)/this.lspan}else r=(e-t)/(i-t);return r<0?0:r>1?1:r}valueAt(e){return Xb(e,this.domain,this.scale)}color(e){if(e!==e)return Fi;if(e===1/0)return Ui;if(e===-1/0)return Oi;let t=this.lutOffset(e);return[this.lut[t],this.lut[t+1],this.lut[t+2]]}colorAt(e){let t=e<0?0:e>1?1:e,i=Math.round(t*(this.size-1))*3;return[this.lut[i],this.lut[i+1],this.lut[i+2]]}lutOffset(e){return Math.round(this.position(e)*(this.size-1))*3}};function vd(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);let s=r&&r.rgba.length===e*t*4&&r.mask.length===e*t*4,a=s?r.rgba:new Uint8ClampedArray(e*t*4),o=s?r.mask:new Uint8ClampedArray(e*t*4),l=i.lut,c=0;for(let h=0;h<t;h++){let f=t-1-h;for(let u=0;u<e;u++){let d=n[h*e+u],m=(f*e+u)*4;if(Number.isFinite(d)){let x=i.lutOffset(d);a[m]=l[x],a[m+1]=l[x+1],a[m+2]=l[x+2],o[m+3]=0}else{let x=i.color(d);a[m]=x[0],a[m+1]=x[1],a[m+2]=x[2],o[m+3]=255,c++}a[m+3]=255}}return{rgba:a,mask:o,nonFinite:c}}function Md(n,e,t,i,r){let s=Math.max(1,Math.floor(n)),a=Math.max(120,Math.round(e)),o=Math.max(80,Math.round(a*i*(s>1?.6:1))),l=[];for(let c=0;c<s;c++)l.push({left:t.left,top:t.top+c*(o+r),width:a,height:o});return{plots:l,width:t.left+a+t.right,height:t.top+s*o+(s-1)*r+t.bottom}}function Sd(n,e,t,i=4){if(n.length===0)return-1;let r=n[0],s=n[n.length-1];if(e<r.left-i||e>r.left+r.width+i||t<r.top-i||t>s.top+s.height+i)return-1;let a=0,o=1/0;return n.forEach((l,c)=>{let h=t<l.top?l.top-t:t>l.top+l.height?t-(l.top+l.height):0;h<o&&(o=h,a=c)}),a}function _s(n,e){return n==null||e==null?NaN:n<e?-1:n>e?1:n>=e?0:NaN}function qb(n,e){return n==null||e==null?NaN:e<n?-1:e>n?1:e>=n?0:NaN}function wd(n){let e,t,i;n.length!==2?(e=_s,t=(o,l)=>_s(n(o),l),i=(o,l)=>n(o)-l):(e=n===_s||n===qb?n:Yb,t=n,i=n);function r(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<0?c=f+1:h=f}while(c<h)}return c}function s(o,l,c=0,h=o.length){if(c<h){if(e(l,l)!==0)return h;do{let f=c+h>>>1;t(o[f],l)<=0?c=f+1:h=f}while(c<h)}return c}function a(o,l,c=0,h=o.length){let f=r(o,l,c,h-1);return f>c&&i(o[f-1],l)>-i(o[f],l)?f-1:f}return{left:r,center:a,right:s}}function Yb(){return 0}function Kb(n){return n===null?NaN:+n}var Ad=wd(_s),Ed=Ad.right,cE=Ad.left,hE=wd(Kb).center;var Zb=Td(Cd),uE=Td(Jb);function Td(n){return function(e,t,i=t){if(!((t=+t)>=0))throw new RangeError("invalid rx");if(!((i=+i)>=0))throw new RangeError("invalid ry");let{data:r,width:s,height:a}=e;if(!((s=Math.floor(s))>=0))throw new RangeError("invalid width");if(!((a=Math.floor(a!==void 0?a:r.length/s))>=0))throw new RangeError("invalid height");if(!s||!a||!t&&!i)return e;let o=t&&n(t),l=i&&n(i),c=r.slice();return o&&l?(dr(o,c,r,s,a),dr(o,r,c,s,a),dr(o,c,r,s,a),pr(l,r,c,s,a),pr(l,c,r,s,a),pr(l,r,c,s,a)):o?(dr(o,r,c,s,a),dr(o,c,r,s,a),dr(o,r,c,s,a)):l&&(pr(l,r,c,s,a),pr(l,c,r,s,a),pr(l,r,c,s,a)),e}}function dr(n,e,t,i,r){for(let s=0,a=i*r;s<a;)n(e,t,s,s+=i,1)}function pr(n,e,t,i,r){for(let s=0,a=i*r;s<i;++s)n(e,t,s,s+a,i)}function Jb(n){let e=Cd(n);return(t,i,r,s,a)=>{r<<=2,s<<=2,a<<=2,e(t,i,r+0,s+0,a),e(t,i,r+1,s+1,a),e(t,i,r+2,s+2,a),e(t,i,r+3,s+3,a)}}function Cd(n){let e=Math.floor(n);if(e===n)return jb(n);let t=n-e,i=2*n+1;return(r,s,a,o,l)=>{if(!((o-=l)>=a))return;let c=e*s[a],h=l*e,f=h+l;for(let u=a,d=a+h;u<d;u+=l)c+=s[Math.min(o,u)];for(let u=a,d=o;u<=d;u+=l)c+=s[Math.min(o,u+h)],r[u]=(c+t*(s[Math.max(a,u-f)]+s[Math.min(o,u+f)]))/i,c-=s[Math.max(a,u-h)]}}function jb(n){let e=2*n+1;return(t,i,r,s,a)=>{if(!((s-=a)>=r))return;let o=n*i[r],l=a*n;for(let c=r,h=r+l;c<h;c+=a)o+=i[Math.min(s,c)];for(let c=r,h=s;c<=h;c+=a)o+=i[Math.min(s,c+l)],t[c]=o/e,o-=i[Math.max(r,c-l)]}}function Qb(n,e){let t=0;if(e===void 0)for(let i of n)i!=null&&(i=+i)>=i&&++t;else{let i=-1;for(let r of n)(r=e(r,++i,n))!=null&&(r=+r)>=r&&++t}return t}function Rd(n,e){let t,i;if(e===void 0)for(let r of n)r!=null&&(t===void 0?r>=r&&(t=i=r):(t>r&&(t=r),i<r&&(i=r)));else{let r=-1;for(let s of n)(s=e(s,++r,n))!=null&&(t===void 0?s>=s&&(t=i=s):(t>s&&(t=s),i<s&&(i=s)))}return[t,i]}var ex=Array.prototype,fE=ex.slice;var tx=Math.sqrt(50),nx=Math.sqrt(10),ix=Math.sqrt(2);function Ya(n,e,t){let i=(e-n)/Math.max(0,t),r=Math.floor(Math.log10(i)),s=i/Math.pow(10,r),a=s>=tx?10:s>=nx?5:s>=ix?2:1,o,l,c;return r<0?(c=Math.pow(10,-r)/a,o=Math.round(n*c),l=Math.round(e*c),o/c<n&&++o,l/c>e&&--l,c=-c):(c=Math.pow(10,r)*a,o=Math.round(n/c),l=Math.round(e/c),o*c<n&&++o,l*c>e&&--l),l<o&&.5<=t&&t<2?Ya(n,e,t*2):[o,l,c]}function Ka(n,e,t){if(e=+e,n=+n,t=+t,!(t>0))return[];if(n===e)return[n];let i=e<n,[r,s,a]=i?Ya(e,n,t):Ya(n,e,t);if(!(s>=r))return[];let o=s-r+1,l=new Array(o);if(i)if(a<0)for(let c=0;c<o;++c)l[c]=(s-c)/-a;else for(let c=0;c<o;++c)l[c]=(s-c)*a;else if(a<0)for(let c=0;c<o;++c)l[c]=(r+c)/-a;else for(let c=0;c<o;++c)l[c]=(r+c)*a;return l}function vs(n,e,t){return e=+e,n=+n,t=+t,Ya(n,e,t)[2]}function Pd(n,e,t){e=+e,n=+n,t=+t;let i=e<n,r=i?vs(e,n,t):vs(n,e,t);return(i?-1:1)*(r<0?1/-r:r)}function Id(n,e,t){let i;for(;;){let r=vs(n,e,t);if(r===i||r===0||!isFinite(r))return[n,e];if(r>0){let s=Math.ceil(n/r),a=Math.floor(e/r);n=(s-(s*r>n))*r,e=(a+(a*r<e))*r}else if(r<0){let s=-r,a=Math.ceil(n*s),o=Math.floor(e*s);n=(a-(a/s>n))/s,e=(o+(o/s<e))/s}i=r}}function Ld(n){return Math.max(1,Math.ceil(Math.log(Qb(n))/Math.LN2)+1)}var dE=rx(Math.random);function rx(n){return function(t,i=0,r=t.length){let s=r-(i=+i);for(;s;){let a=n()*s--|0,o=t[s+i];t[s+i]=t[a+i],t[a+i]=o}return t}}function sx(n){return Math.abs(n=Math.round(n))>=1e21?n.toLocaleString("en").replace(/,/g,""):n.toString(10)}function Ja(n,e){if(!isFinite(n)||n===0)return null;var t=(n=e?n.toExponential(e-1):n.toExponential()).indexOf("e"),i=n.slice(0,t);return[i.length>1?i[0]+i.slice(2):i,+n.slice(t+1)]}function mr(n){return n=Ja(Math.abs(n)),n?n[1]:NaN}function ax(n,e){return function(t,i){for(var r=t.length,s=[],a=0,o=n[0],l=0;r>0&&o>0&&(l+o+1>i&&(o=Math.max(1,i-l)),s.push(t.substring(r-=o,r+o)),!((l+=o+1)>i));)o=n[a=(a+1)%n.length];return s.reverse().join(e)}}function ox(n){return function(e){return e.replace(/[0-9]/g,function(t){return n[+t]})}}var lx=/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;function Ms(n){if(!(e=lx.exec(n)))throw new Error("invalid format: "+n);var e;return new Qc({fill:e[1],align:e[2],sign:e[3],symbol:e[4],zero:e[5],width:e[6],comma:e[7],precision:e[8]&&e[8].slice(1),trim:e[9],type:e[10]})}Ms.prototype=Qc.prototype;function Qc(n){this.fill=n.fill===void 0?" ":n.fill+"",this.align=n.align===void 0?">":n.align+"",this.sign=n.sign===void 0?"-":n.sign+"",this.symbol=n.symbol===void 0?"":n.symbol+"",this.zero=!!n.zero,this.width=n.width===void 0?void 0:+n.width,this.comma=!!n.comma,this.precision=n.precision===void 0?void 0:+n.precision,this.trim=!!n.trim,this.type=n.type===void 0?"":n.type+""}Qc.prototype.toString=function(){return this.fill+this.align+this.sign+this.symbol+(this.zero?"0":"")+(this.width===void 0?"":Math.max(1,this.width|0))+(this.comma?",":"")+(this.precision===void 0?"":"."+Math.max(0,this.precision|0))+(this.trim?"~":"")+this.type};function cx(n){e:for(var e=n.length,t=1,i=-1,r;t<e;++t)switch(n[t]){case".":i=r=t;break;case"0":i===0&&(i=t),r=t;break;default:if(!+n[t])break e;i>0&&(i=0);break}return i>0?n.slice(0,i)+n.slice(r+1):n}var ja;function hx(n,e){var t=Ja(n,e);if(!t)return ja=void 0,n.toPrecision(e);var i=t[0],r=t[1],s=r-(ja=Math.max(-8,Math.min(8,Math.floor(r/3)))*3)+1,a=i.length;return s===a?i:s>a?i+new Array(s-a+1).join("0"):s>0?i.slice(0,s)+"."+i.slice(s):"0."+new Array(1-s).join("0")+Ja(n,Math.max(0,e+s-1))[0]}function Nd(n,e){var t=Ja(n,e);if(!t)return n+"";var i=t[0],r=t[1];return r<0?"0."+new Array(-r).join("0")+i:i.length>r+1?i.slice(0,r+1)+"."+i.slice(r+1):i+new Array(r-i.length+2).join("0")}var Dd={"%":(n,e)=>(n*100).toFixed(e),b:n=>Math.round(n).toString(2),c:n=>n+"",d:sx,e:(n,e)=>n.toExponential(e),f:(n,e)=>n.toFixed(e),g:(n,e)=>n.toPrecision(e),o:n=>Math.round(n).toString(8),p:(n,e)=>Nd(n*100,e),r:Nd,s:hx,X:n=>Math.round(n).toString(16).toUpperCase(),x:n=>Math.round(n).toString(16)};function Fd(n){return n}var Ud=Array.prototype.map,Od=["y","z","a","f","p","n","µ","m","","k","M","G","T","P","E","Z","Y"];function ux(n){var e=n.grouping===void 0||n.thousands===void 0?Fd:ax(Ud.call(n.grouping,Number),n.thousands+""),t=n.currency===void 0?"":n.currency[0]+"",i=n.currency===void 0?"":n.currency[1]+"",r=n.decimal===void 0?".":n.decimal+"",s=n.numerals===void 0?Fd:ox(Ud.call(n.numerals,String)),a=n.percent===void 0?"%":n.percent+"",o=n.minus===void 0?"−":n.minus+"",l=n.nan===void 0?"NaN":n.nan+"";function c(f,u){f=Ms(f);var d=f.fill,m=f.align,x=f.sign,g=f.symbol,p=f.zero,_=f.width,E=f.comma,v=f.precision,A=f.trim,S=f.type;S==="n"?(E=!0,S="g"):Dd[S]||(v===void 0&&(v=12),A=!0,S="g"),(p||d==="0"&&m==="=")&&(p=!0,d="0",m="=");var b=(u&&u.prefix!==void 0?u.prefix:"")+(g==="$"?t:g==="#"&&/[boxX]/.test(S)?"0"+S.toLowerCase():""),w=(g==="$"?i:/[%p]/.test(S)?a:"")+(u&&u.suffix!==void 0?u.suffix:""),F=Dd[S],R=/[defgprs%]/.test(S);v=v===void 0?6:/[gprs]/.test(S)?Math.max(1,Math.min(21,v)):Math.max(0,Math.min(20,v));function P(L){var U=b,C=w,N,H,k;if(S==="c")C=F(L)+C,L="";else{L=+L;var J=L<0||1/L<0;if(L=isNaN(L)?l:F(Math.abs(L),v),A&&(L=cx(L)),J&&+L==0&&x!=="+"&&(J=!1),U=(J?x==="("?x:o:x==="-"||x==="("?"":x)+U,C=(S==="s"&&!isNaN(L)&&ja!==void 0?Od[8+ja/3]:"")+C+(J&&x==="("?")":""),R){for(N=-1,H=L.length;++N<H;)if(k=L.charCodeAt(N),48>k||k>57){C=(k===46?r+L.slice(N+1):L.slice(N))+C,L=L.slice(0,N);break}}}E&&!p&&(L=e(L,1/0));var z=U.length+L.length+C.length,X=z<_?new Array(_-z+1).join(d):"";switch(E&&p&&(L=e(X+L,X.length?_-C.length:1/0),X=""),m){case"<":L=U+L+C+X;break;case"=":L=U+X+L+C;break;case"^":L=X.slice(0,z=X.length>>1)+U+L+C+X.slice(z);break;default:L=X+U+L+C;break}return s(L)}return P.toString=function(){return f+""},P}function h(f,u){var d=Math.max(-8,Math.min(8,Math.floor(mr(u)/3)))*3,m=Math.pow(10,-d),x=c((f=Ms(f),f.type="f",f),{suffix:Od[8+d/3]});return function(g){return x(m*g)}}return{format:c,formatPrefix:h}}var Za,eh,th;fx({thousands:",",grouping:[3],currency:["$",""]});function fx(n){return Za=ux(n),eh=Za.format,th=Za.formatPrefix,Za}function Bd(n){return Math.max(0,-mr(Math.abs(n)))}function kd(n,e){return Math.max(0,Math.max(-8,Math.min(8,Math.floor(mr(e)/3)))*3-mr(Math.abs(n)))}function zd(n,e){return n=Math.abs(n),e=Math.abs(e)-n,Math.max(0,mr(e)-mr(n))+1}function dx(n,e){switch(arguments.length){case 0:break;case 1:this.range(n);break;default:this.range(e).domain(n);break}return this}function px(n){return function(){return n}}function mx(n){return+n}var Vd=[0,1];function gr(n){return n}function nh(n,e){return(e-=n=+n)?function(t){return(t-n)/e}:px(isNaN(e)?NaN:.5)}function gx(n,e){var t;return n>e&&(t=n,n=e,e=t),function(i){return Math.max(n,Math.min(e,i))}}function bx(n,e,t){var i=n[0],r=n[1],s=e[0],a=e[1];return r<i?(i=nh(r,i),s=t(a,s)):(i=nh(i,r),s=t(s,a)),function(o){return s(i(o))}}function xx(n,e,t){var i=Math.min(n.length,e.length)-1,r=new Array(i),s=new Array(i),a=-1;for(n[i]<n[0]&&(n=n.slice().reverse(),e=e.slice().reverse());++a<i;)r[a]=nh(n[a],n[a+1]),s[a]=t(e[a],e[a+1]);return function(o){var l=Ed(n,o,1,i)-1;return s[l](r[l](o))}}function yx(n,e){return e.domain(n.domain()).range(n.range()).interpolate(n.interpolate()).clamp(n.clamp()).unknown(n.unknown())}function _x(){var n=Vd,e=Vd,t=Ha,i,r,s,a=gr,o,l,c;function h(){var u=Math.min(n.length,e.length);return a!==gr&&(a=gx(n[0],n[u-1])),o=u>2?xx:bx,l=c=null,f}function f(u){return u==null||isNaN(u=+u)?s:(l||(l=o(n.map(i),e,t)))(i(a(u)))}return f.invert=function(u){return a(r((c||(c=o(e,n.map(i),vn)))(u)))},f.domain=function(u){return arguments.length?(n=Array.from(u,mx),h()):n.slice()},f.range=function(u){return arguments.length?(e=Array.from(u),h()):e.slice()},f.rangeRound=function(u){return e=Array.from(u),t=ud,h()},f.clamp=function(u){return arguments.length?(a=u?!0:gr,h()):a!==gr},f.interpolate=function(u){return arguments.length?(t=u,h()):t},f.unknown=function(u){return arguments.length?(s=u,f):s},function(u,d){return i=u,r=d,h()}}function vx(){return _x()(gr,gr)}function Mx(n,e,t,i){var r=Pd(n,e,t),s;switch(i=Ms(i??",f"),i.type){case"s":{var a=Math.max(Math.abs(n),Math.abs(e));return i.precision==null&&!isNaN(s=kd(r,a))&&(i.precision=s),th(i,a)}case"":case"e":case"g":case"p":case"r":{i.precision==null&&!isNaN(s=zd(r,Math.max(Math.abs(n),Math.abs(e))))&&(i.precision=s-(i.type==="e"));break}case"f":case"%":{i.precision==null&&!isNaN(s=Bd(r))&&(i.precision=s-(i.type==="%")*2);break}}return eh(i)}function Sx(n){var e=n.domain;return n.ticks=function(t){var i=e();return Ka(i[0],i[i.length-1],t??10)},n.tickFormat=function(t,i){var r=e();return Mx(r[0],r[r.length-1],t??10,i)},n.nice=function(t){t==null&&(t=10);var i=e(),r=0,s=i.length-1,a=i[r],o=i[s],l,c,h=10;for(o<a&&(c=a,a=o,o=c,c=r,r=s,s=c);h-- >0;){if(c=vs(a,o,t),c===l)return i[r]=a,i[s]=o,e(i);if(c>0)a=Math.floor(a/c)*c,o=Math.ceil(o/c)*c;else if(c<0)a=Math.ceil(a*c)/c,o=Math.floor(o*c)/c;else break;l=c}return n},n}function br(){var n=vx();return n.copy=function(){return yx(n,br())},dx.apply(n,arguments),Sx(n)}function Qt(n,e){let t=n.length;if(t===1)return n[0]+e;let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function Mn(n,e){let t=n.length;if(t===1)return e-n[0];let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function ih(n){return[Qt(n,-.5),Qt(n,n.length-.5)]}function Wd(n,e,t,i=480,r=.25){let s=Math.abs(n[1]-n[0]),a=Math.abs(e[1]-e[0]),o=t&&s>0&&a>0?a/s:1;return o=Math.min(Math.max(o,r),1/r),o<=1?{width:i,height:Math.round(i*o)}:{width:Math.round(i/o),height:i}}function Nn(n,e=5){let[t,i]=n;if(!(Number.isFinite(t)&&Number.isFinite(i)))return[];if(t===i){let a=br().domain([t-1,t+1]).tickFormat(e);return[{value:t,label:a(t)}]}let r=br().domain([Math.min(t,i),Math.max(t,i)]),s=r.tickFormat(e);return r.ticks(e).map(a=>({value:a,label:s(a)}))}function Gd(n){if(!n)return null;if(n[0]===n[1]){let e=Math.abs(n[0])*1e-6||1e-6;return[n[0]-e,n[1]+e]}return n}function $d(n,e=10){let[t,i]=n;return t<i?br().domain([t,i]).ticks(e).filter(r=>r>t&&r<i):[]}function Hd(n,e=5){let[t,i]=n;if(t===i){let s=Math.abs(t)*.05||1;return[t-s,i+s]}let r=br().domain([t,i]).nice(e).domain();return[r[0],r[1]]}function Xd(n,e){return+`${n}e${e}`}function wx(n,e){let t=Xd(n,e);return e>=-3&&e<5?String(t):`${n}e${e}`}function Ss(n,e,t){let i=[],r=Math.floor(Math.log10(n))-1,s=Math.ceil(Math.log10(e))+1;for(let a=r;a<=s;a++)for(let o of t){let l=Xd(o,a);l>=n*(1-1e-9)&&l<=e*(1+1e-9)&&i.push({value:l,label:wx(o,a)})}return i}var qd=(n,e)=>(n%e+e)%e,Yd=[1],Kd=[1,2,5],Ax=[1,5],Zd=[1,2,3,4,5,6,7,8,9],Wn=3;function Ex(n,e=5){let t=Math.min(n[0],n[1]),i=Math.max(n[0],n[1]);if(!(t>0&&Number.isFinite(i)))return[];if(t===i)return Nn([t,i],e);let r=Ss(t,i,Yd);if(r.length>=Wn){if(r.length<=e)return r;for(let c=Math.ceil(r.length/Math.max(1,e));c>1;c--){let h=r.filter(f=>qd(Math.round(Math.log10(f.value)),c)===0);if(h.length>=Wn)return h}return r}let s=[Kd,Ax,Zd].map(c=>Ss(t,i,c)),a=s.find(c=>c.length>=Wn&&c.length<=e+2);if(a)return a;let o=s.filter(c=>c.length>=Wn).sort((c,h)=>c.length-h.length)[0];if(o)return o;let l=[];for(let c=Math.max(e,Wn);c<=4*Wn&&l.length<Wn;c++)l=Nn([t,i],c).filter(h=>h.value>0);return l.length>=s[2].length?l:s[2]}function Tx(n,e=10){let[t,i]=n;if(!(t>0&&i>t&&Number.isFinite(i)))return[];let r=o=>o.map(l=>l.value).filter(l=>l>t&&l<i),s=r(Ss(t,i,Kd));if(s.length>Math.ceil(e*1.5)){if(s=r(Ss(t,i,Yd)),s.length>e){let o=Math.ceil(s.length/e);s=s.filter(l=>qd(Math.round(Math.log10(l)),o)===0)}return s}if(s.length>=3)return s;let a=r(Ss(t,i,Zd));return a.length>=3?a:$d(n,e).filter(o=>o>0)}function xr(n,e,t=5){return e==="log"?Ex(n,t):Nn(n,t)}function Qa(n,e,t=10){return e==="log"?Tx(n,t):$d(n,t)}function eo(n,e,t){let i=null;if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])?i=Gd([Math.min(e[0],e[1]),Math.max(e[0],e[1])]):i=Gd(tr(n)),!i||t!=="log")return i;let[r,s]=i;if(r<=0){let a=1/0;for(let o=0;o<n.length;o++){let l=n[o];l>0&&l<a&&l<=s&&(a=l)}if(a<1/0)r=a;else if(s>0)r=s/10;else return[.1,1]}return r===s?[r*(1-1e-6),s*(1+1e-6)]:[r,s]}function Jd(n,e,t){if(e&&Number.isFinite(e[0])&&Number.isFinite(e[1])){let i=Math.min(e[0],e[1]),r=Math.max(e[0],e[1]);if(t==="log"){let s=r>0?r:1,a=i>0?i:n&&n[0]>0&&n[0]<s?n[0]:s/10;return a<s?[a,s]:[a/1.1,s*1.1]}return i<r?[i,r]:Hd([i,r])}if(t==="log"){if(!n||!(n[0]>0))return[.1,1];let[i,r]=n;if(i===r)return[i/1.25,r*1.25];let s=Math.log10(i),a=Math.log10(r),o=(a-s)*.05;return[Math.pow(10,s-o),Math.pow(10,a+o)]}return Hd(n??[0,1])}var jd=bd.filter(n=>n!=="#4e79a7"&&n!=="#bab0ab"),Cx="var(--tbl-line)",to="var(--tbl-muted)";function Qd(n){return n===0?Cx:jd[(n-1)%jd.length]}function no(n,e){let t=n.length;return Number.isFinite(e)?Math.min(t-1,Math.max(0,Math.round(Mn(n,e)))):Math.floor((t-1)/2)}function rh(n,e){let t=Yt(n,e),i=n.header.axes;if(n.header.dims===1)return[{label:n.header.metrics[e],axis:0,coords:i[0].coords,values:t}];let{nx:r,ny:s}=n,[a,o]=n.header.center,l=i[0].coords,c=i[1].coords,h=no(c,o),f=no(l,a),u=new Float32Array(s);for(let m=0;m<s;m++)u[m]=t[m*r+f];let d=m=>i[m].label||(m===0?"x":"y");return[{label:`${d(0)} at ${d(1)} = ${nt(c[h])}`,axis:0,coords:l,values:t.subarray(h*r,(h+1)*r)},{label:`${d(1)} at ${d(0)} = ${nt(l[f])}`,axis:1,coords:c,values:u}]}function ep(n,e,t){let i=n.header.metrics.indexOf(e);return i>=0?i:t>=0&&t<n.metricCount?t:-1}function sh(n,e,t){let i=n.length;if(i===0)return{x:NaN,value:NaN};let r=Mn(n,t);if(r<-.5||r>i-.5)return{x:NaN,value:NaN};let s=Math.min(i-1,Math.max(0,Math.round(r)));return{x:n[s],value:e[s]}}function tp(n,e,t){let i=n.length;if(i===0||!(t>=n[0]&&t<=n[i-1]))return NaN;if(i===1)return e[0];let r=Mn(n,t),s=Math.min(i-2,Math.max(0,Math.floor(r))),a=r-s;return e[s]+a*(e[s+1]-e[s])}function yr(n){if(!n)return[];let e=[];for(let t=0;t<n.x.length;t++){let i=n.x[t],r=n.y?n.y[t]:0;!Number.isFinite(i)||!Number.isFinite(r)||e.push({step:n.steps[t],x:i,y:r,planeLoss:n.plane_loss?n.plane_loss[t]:NaN,trueLoss:n.true_loss?n.true_loss[t]:NaN,residual:n.residual?n.residual[t]:NaN})}return e}function _r(n,e){let t=e<=1?1:n/(e-1);return Xa(yd(.25+.75*t))}function io(n,e,t,i){let r=-1,s=i*i;for(let a=0;a<n.length;a++){let o=n[a][0]-e,l=n[a][1]-t,c=o*o+l*l;c<=s&&(r=a,s=c)}return r}var Rx=.02;function vr(n,e,t,i=Rx){if(n.length<2)return null;let r=u=>u.length>1?u[u.length-1]-u[0]:NaN,s=r(e),a=t?r(t):1;if(!(s>0&&Number.isFinite(s)&&a>0&&Number.isFinite(a)))return null;let o=1/0,l=-1/0,c=1/0,h=-1/0;for(let u of n)o=Math.min(o,u.x),l=Math.max(l,u.x),c=Math.min(c,u.y),h=Math.max(h,u.y);let f=Math.max((l-o)/s,t?(h-c)/a:0);return{count:n.length,fraction:f,tiny:f<i}}function ws(n){if(!(n>=.001))return"<0.1%";let e=n*100;return`${e<10?Number(e.toFixed(1)):Math.round(e)}%`}var ro=4;function hi(n){let{side:e,x:t,y:i,length:r}=n,s=Oe("g",{class:`tbl-axis tbl-axis-${e}`,transform:`translate(${t},${i})`}),a=e==="bottom";s.append(Oe("line",a?{x1:0,y1:0,x2:r,y2:0}:{x1:0,y1:0,x2:0,y2:r}));for(let o of n.ticks)if(!(o.pos<-.5||o.pos>r+.5))if(a)s.append(Oe("line",{x1:o.pos,y1:0,x2:o.pos,y2:ro}),Oe("text",{x:o.pos,y:ro+2,"text-anchor":"middle","dominant-baseline":"hanging"},[o.label]));else{let l=e==="left"?-1:1;s.append(Oe("line",{x1:0,y1:o.pos,x2:l*ro,y2:o.pos}),Oe("text",{x:l*(ro+3),y:o.pos,"text-anchor":e==="left"?"end":"start","dominant-baseline":"middle"},[o.label]))}if(n.title){let o=n.titleOffset??30,l=Rf(n.title,r+40),c=a?Oe("text",{class:"tbl-axis-title",x:r/2,y:o,"text-anchor":"middle"},[l]):Oe("text",{class:"tbl-axis-title",transform:`translate(${e==="left"?-o:o},${r/2}) rotate(-90)`,"text-anchor":"middle"},[l]);l!==n.title&&c.append(Oe("title",{},[n.title])),s.append(c)}return s}function np(n,e){return re("span",{class:e?"tbl-swatch tbl-hatched":"tbl-swatch",style:`background-color: ${vt(n)}`})}function Mr(n,e){let t=re("div",{class:"tbl-legend","data-testid":"legend"}),i=e.series??[];i.length>1&&i.forEach(({label:o,color:l},c)=>{t.append(re("span",{class:"tbl-legend-entry","data-kind":"series","data-index":c},[re("span",{class:"tbl-series-swatch",style:`border-top-color: ${l}`}),o]))});let r=[[Fi,n.nan,"NaN"],[Ui,n.posInf,"+inf"],[Oi,n.negInf,"-inf"]];for(let[o,l,c]of r)l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c},[np(o,e.hatched),`${c}: ${l} point${l===1?"":"s"} (${e.note})`]));let s=e.clip;if(s){let o=s.range??"colour range";for(let[l,c,h,f]of[[s.above,"above",s.high,"▲"],[s.below,"below",s.low,"▼"]])l>0&&t.append(re("span",{class:"tbl-legend-entry","data-kind":c,"data-count":l},[...h?[np(h,!1)]:[],`${f} ${Cf(l,c,o)}`]))}if(e.center){let o=e.center.mark==="cross"?re("span",{class:"tbl-center-mark"},["+"]):re("span",{class:"tbl-center-dash",style:`border-top-color: ${to}`});t.append(re("span",{class:"tbl-legend-entry","data-kind":"center"},[o,e.center.text]))}let a=e.path;if(a&&a.count>0){let o=a.count===1?`step ${a.last}`:`${a.count} steps, ${a.first} → ${a.last}`;t.append(re("span",{class:"tbl-legend-entry","data-kind":"path","data-tiny":a.tiny?"true":null},[re("span",{class:"tbl-path-swatch",style:`background-image: linear-gradient(to right, ${vt(a.early)}, ${vt(a.late)})`}),a.tiny??`optimizer path (${o}, light = early)`,re("span",{class:"tbl-ring-mark",style:`background-color: ${vt(a.late)}`}),`current step ${a.last}`]))}return t}var oh=3.5,so=6,ah="rgba(0, 0, 0, 0.75)";function As(n){return Array.from({length:n},(e,t)=>_r(t,n))}function ip(n,e,t,i=-1){let r=e.length;if(r===0)return;if(n.save(),n.lineJoin="round",n.lineCap="round",r>1){n.beginPath(),e.forEach(([o,l],c)=>c===0?n.moveTo(o,l):n.lineTo(o,l)),n.strokeStyle=ah,n.lineWidth=4,n.stroke(),n.lineWidth=2;for(let o=1;o<r;o++)n.beginPath(),n.moveTo(e[o-1][0],e[o-1][1]),n.lineTo(e[o][0],e[o][1]),n.strokeStyle=vt(t[o]),n.stroke()}for(let o=0;o<r-1;o++){let[l,c]=e[o];n.beginPath(),n.arc(l,c,oh,0,2*Math.PI),n.fillStyle=vt(t[o]),n.fill(),n.strokeStyle=ah,n.lineWidth=1,n.stroke()}let[s,a]=e[r-1];if(n.beginPath(),n.arc(s,a,so,0,2*Math.PI),n.fillStyle=vt(t[r-1]),n.fill(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.beginPath(),n.arc(s,a,so+1.5,0,2*Math.PI),n.strokeStyle=ah,n.lineWidth=1,n.stroke(),i>=0&&i<r){let[o,l]=e[i];n.beginPath(),n.arc(o,l,(i===r-1?so:oh)+4,0,2*Math.PI),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke()}n.restore()}function rp(n,e,t=[]){let i=Oe("g",{class:"tbl-path","data-testid":"path-overlay","data-points":n.length}),r=n.length;return r===0||(r>1&&i.append(Oe("polyline",{class:"tbl-path-line",points:n.map(([s,a])=>`${s.toFixed(2)},${a.toFixed(2)}`).join(" ")})),n.forEach(([s,a],o)=>{let l=o===r-1;i.append(Oe("circle",{class:l?"tbl-path-point tbl-path-current":"tbl-path-point",cx:s.toFixed(2),cy:a.toFixed(2),r:l?so:oh,fill:vt(e[o]),"data-step":t[o]}))})),i}function ao(n,e,t,i=null){let r=e===2?`(${nt(n.x)}, ${nt(n.y)})`:`x = ${nt(n.x)}`,s=i?.tiny?` · the path barely moves ${e===2?"in this plane":"along this line"} (within ${ws(i.fraction)} of its span)`:"";return`path, step ${n.step}${t?" (current)":""} at ${r}: on-plane loss = ${nt(n.planeLoss)}, true loss = ${nt(n.trueLoss)}, projection residual = ${nt(n.residual)}${s}`}function Sr(n,e,t=""){if(!n||!n.tiny)return null;let i=e===2?"plane":"line",r=e===2?"in this plane":"along this line",s=e===2&&!/pca/i.test(t)?"; try the PCA tag":"";return`path: ${`${n.count} step${n.count===1?"":"s"}`}, within ${ws(n.fraction)} of the ${i}'s span — the path barely moves ${r}${s}`}var fn={top:14,right:16,bottom:44,left:64},Px=.55,Ix=8,Lx=24,oo=qa(.9),lo=qa(.1),Nx=0,co=class{constructor(){this.element=re("div",{class:"tbl-curve"});this.svg=Oe("svg",{"data-testid":"curve",class:"tbl-curve-svg"});this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.clipId=`tbl-curve-clip-${++Nx}`;this.hoverGroup=Oe("g");this.cleanups=[];this.frame=null;this.metric=0;this.panels=[];this.xLabel="x";this.px=e=>e;this.ix=e=>e;this.drawable=Number.isFinite;this.path=[];this.spread=null;this.pathPixels=[];this.element.append(this.svg,this.readout,this.legendSlot);let e=i=>this.onHover(i),t=()=>this.clearHover();this.svg.addEventListener("mousemove",e),this.svg.addEventListener("mouseleave",t),this.cleanups.push(()=>this.svg.removeEventListener("mousemove",e),()=>this.svg.removeEventListener("mouseleave",t)),this.element.dataset.series="0",this.element.dataset.panels="0",this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();this.frame=e,this.metric=t.metric;let r=e.header,s=t.scale==="log",a=!!t.allMetrics&&r.metrics.length>1,o=a?r.metrics.map((B,ie)=>ie):[t.metric],l=t.palette==="diverging",c=t.overlays??[],h=c.some(B=>B.frame.header.run!==r.run),f=c.length?h?`${r.run}, step ${r.step}`:`step ${r.step}`:"",u=new Map,d=o.map(B=>{let ie=r.metrics[B],be=[],q=0,te=(le,ne,Se)=>{let qe=Qd(a?q:be.length);be.push({label:le,coords:ne.coords,values:ne.values,color:qe,signed:l&&Se}),u.has(q)||u.set(q,{label:le,color:qe}),q++},ae=rh(e,B);for(let le of ae)te(f?r.dims===1?f:`${f}: ${le.label}`:le.label,le,!0);for(let le of c){let ne=ep(le.frame,ie,a&&B!==t.metric?-1:t.metric);if(ne<0){q+=le.frame.header.dims===1?1:2;continue}for(let Se of rh(le.frame,ne))te(le.frame.header.dims===1?le.label:`${le.label}: ${Se.label}`,Se,!1)}return{m:B,name:ie,series:be,main:ae}});this.drawable=s?B=>Number.isFinite(B)&&B>0:Number.isFinite;let m=1/0,x=-1/0,g=d.map(({m:B,series:ie})=>{let be=1/0,q=-1/0;for(let te of ie){let ae=te.coords.length;if(ae!==0){m=Math.min(m,te.coords[0]),x=Math.max(x,te.coords[ae-1]);for(let le=0;le<te.values.length;le++){let ne=te.values[le];this.drawable(ne)&&(ne<be&&(be=ne),ne>q&&(q=ne))}}}return Jd(be<=q?[be,q]:null,B===t.metric?t.domain:null,t.scale)}),p=m<x?[m,x]:Number.isFinite(m)?[m-1,m+1]:[-1,1],_=Md(d.length,t.maxSide,fn,Px,Lx),E=_.plots[0].width,v=B=>fn.left+(B-p[0])/(p[1]-p[0])*E,A=B=>p[0]+(B-fn.left)/E*(p[1]-p[0]);this.px=v,this.ix=A,this.svg.setAttribute("width",String(_.width)),this.svg.setAttribute("height",String(_.height));let S=d.map((B,ie)=>{let be=_.plots[ie],q=g[ie],te=be.height,ae=s?Math.log10(q[0]):0,le=s?Math.log10(q[1]):0,ne=s?Se=>be.top+(le-Math.log10(Se))/(le-ae)*te:Se=>be.top+(q[1]-Se)/(q[1]-q[0])*te;return{name:B.name,series:B.series,main:B.main,plot:be,py:ne,clipId:ie===0?this.clipId:`${this.clipId}-${ie}`}});this.panels=S;let[b,w]=r.axes;this.xLabel=r.dims===1?b.label||"x":`${b.label||"x"} / ${w.label||"y"}`;let F=r.dims===1?sr(b,r.method):sr({label:this.xLabel,unit:b.unit===w.unit?b.unit:"",explained_variance:null},r.method),R=Nn(p,Math.max(2,Math.round(E/70))).map(B=>({pos:v(B.value)-fn.left,label:B.label})),P=d.findIndex(B=>B.name==="loss"),L=a?P>=0?P:Math.max(0,d.findIndex(B=>B.m===t.metric)):0,U=Oe("defs"),C=[U],N={nan:0,posInf:0,negInf:0},H={below:0,above:0};this.path=[],this.pathPixels=[],S.forEach((B,ie)=>{let{plot:be,py:q,main:te}=B,ae=be.top,le=be.height,ne=ie===S.length-1;U.append(Oe("clipPath",{id:B.clipId},[Oe("rect",{x:fn.left,y:ae-1,width:E,height:le+2})])),C.push(Oe("rect",{class:"tbl-frame",x:fn.left-.5,y:ae-.5,width:E+1,height:le+1}));let Se=[...new Set(r.center.slice(0,te.length))];for(let Me of Se)Number.isFinite(Me)&&Me>=p[0]&&Me<=p[1]&&C.push(Oe("line",{class:"tbl-center-line",x1:v(Me),x2:v(Me),y1:ae,y2:ae+le,style:`stroke: ${to}`}));let qe=NaN;if(l&&!s){let Me=g[ie];qe=Math.min(ae+le,Math.max(ae,q(0))),Me[0]<0&&Me[1]>0&&C.push(Oe("line",{class:"tbl-zero-line",x1:fn.left,x2:fn.left+E,y1:q(0),y2:q(0)})),U.append(Oe("clipPath",{id:`${B.clipId}-above`},[Oe("rect",{x:fn.left,y:ae-1,width:E,height:Math.max(0,qe-ae+1)})]),Oe("clipPath",{id:`${B.clipId}-below`},[Oe("rect",{x:fn.left,y:qe,width:E,height:Math.max(0,ae+le+1-qe)})]))}let Te=Oe("g",{"clip-path":`url(#${B.clipId})`});B.series.forEach((Me,Re)=>{let Ye="",Ue=[];for(let[Ne,Vt]of Dx(Me.values,this.drawable)){if(Vt-Ne===1){let ot=Me.signed?Me.values[Ne]>=0?oo:lo:Me.color;Ue.push(Oe("circle",{class:"tbl-curve-series-dot",cx:v(Me.coords[Ne]),cy:q(Me.values[Ne]),r:2.5,style:`fill: ${ot}`}));continue}for(let ot=Ne;ot<Vt;ot++)Ye+=`${ot===Ne?"M":"L"}${v(Me.coords[ot]).toFixed(2)},${q(Me.values[ot]).toFixed(2)}`}let et=Re===0?"tbl-curve-line tbl-curve-series":"tbl-curve-series";Me.signed&&Number.isFinite(qe)?Te.append(Oe("g",{"clip-path":`url(#${B.clipId}-above)`},[Oe("path",{class:et,"data-series":Re,d:Ye,style:`stroke: ${oo}`})]),Oe("g",{"clip-path":`url(#${B.clipId}-below)`},[Oe("path",{class:"tbl-curve-series",d:Ye,style:`stroke: ${lo}`})]),...Ue):Te.append(Oe("path",{class:et,"data-series":Re,d:Ye,style:`stroke: ${Me.color}`}),...Ue)}),C.push(Te);for(let Me of te){let Re=nr(Me.values);N.nan+=Re.nan,N.posInf+=Re.posInf,N.negInf+=Re.negInf;for(let Ye=0;Ye<Me.values.length;Ye++){let Ue=Me.values[Ye];if(Number.isFinite(Ue))continue;let et=Ue!==Ue?Fi:Ue>0?Ui:Oi;C.push(Oe("rect",{class:"tbl-nonfinite-mark",x:v(Me.coords[Ye])-2,y:ae,width:4,height:8,fill:vt(et)}))}}if(t.domain&&d[ie].m===t.metric)for(let Me of te){let Re=ir(Me.values,g[ie]);H={below:H.below+Re.below,above:H.above+Re.above}}if(ie===L&&t.path&&r.dims===1&&r.trajectory){let Me=yr(r.trajectory),Re=As(Me.length),Ye=te[0],Ue=[];Me.forEach((Ne,Vt)=>{let ot=Number.isFinite(Ne.planeLoss)?Ne.planeLoss:tp(Ye.coords,Ye.values,Ne.x);this.drawable(ot)&&(Ue.push(Vt),this.path.push(Ne),this.pathPixels.push([v(Ne.x),q(ot)]))});let et=rp(this.pathPixels,Ue.map(Ne=>Re[Ne]),this.path.map(Ne=>Ne.step));et.setAttribute("clip-path",`url(#${B.clipId})`),C.push(et)}let Ze=xr(g[ie],t.scale,Math.max(2,Math.round(le/50))).map(Me=>({pos:q(Me.value)-ae,label:Me.label}));C.push(hi({side:"bottom",x:fn.left,y:ae+le+.5,length:E,ticks:ne?R:R.map(Me=>({...Me,label:""})),title:ne?F:void 0,titleOffset:36}),hi({side:"left",x:fn.left-.5,y:ae,length:le,ticks:Ze,title:B.name+(s?" (log)":""),titleOffset:52}))}),this.hoverGroup=Oe("g",{class:"tbl-curve-hover",visibility:"hidden"}),C.push(this.hoverGroup),this.svg.replaceChildren(...C);let k=this.path.length,J=As(k);this.spread=vr(this.path,r.axes[0].coords,null);let z=S[0].main.length,X=l&&S[0].series.length===1?[{label:"above 0",color:oo},{label:"below 0",color:lo}]:a?[...u.entries()].sort((B,ie)=>B[0]-ie[0]).map(([,B])=>B):S[0].series.map(B=>({label:B.label,color:B.color}));this.legendSlot.replaceChildren(Mr(N,{hatched:!1,note:"line broken",center:{text:`centre (${r.center.slice(0,z).map(nt).join(", ")})`,mark:"line"},series:X,clip:t.domain?{...H,range:"y range"}:null,path:k>0?{count:k,first:this.path[0].step,last:this.path[k-1].step,early:J[0],late:J[k-1],tiny:Sr(this.spread,1)}:null})),this.readout.textContent=" ",this.element.dataset.series=String(S.reduce((B,ie)=>B+ie.series.length,0)),this.element.dataset.panels=String(S.length),this.element.dataset.pathPoints=String(k),this.element.dataset.pathSpread=this.spread?String(this.spread.fraction):"",this.element.dataset.scale=t.scale,this.element.dataset.drawMs=(performance.now()-i).toFixed(1)}clearHover(){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=" "}onHover(e){let t=this.frame,i=this.panels,r=i[0]?.series[0];if(!t||!r)return;let s=this.svg.getBoundingClientRect(),a=e.clientX-s.left,o=e.clientY-s.top;if(Sd(i.map(x=>x.plot),a,o)<0){this.clearHover();return}let l=io(this.pathPixels,a,o,Ix);if(l>=0){this.hoverGroup.setAttribute("visibility","hidden"),this.readout.textContent=ao(this.path[l],1,l===this.path.length-1,this.spread);return}let c=this.ix(a),h=sh(r.coords,r.values,c),f=Number.isFinite(h.x)?h.x:c,u=[],d=[],m=this.px(f);for(let x of i){let g=[];for(let p of x.series){let{x:_,value:E}=sh(p.coords,p.values,f);if(!Number.isFinite(_))continue;g.push(`${p.label} = ${nt(E)}${_!==f?` (at ${nt(_)})`:""}`);let v=p.signed?E>=0?oo:lo:p.color;this.drawable(E)&&d.push(Oe("circle",{cx:this.px(_),cy:x.py(E),r:3.5,style:`fill: ${v}`}))}if(d.push(Oe("line",{x1:m,x2:m,y1:x.plot.top,y2:x.plot.top+x.plot.height})),i.length===1&&t.header.dims===1&&t.metricCount>1&&Number.isFinite(h.x)){let p=no(r.coords,h.x);t.header.metrics.forEach((_,E)=>{E!==this.metric&&g.push(`${_} = ${nt(t.values[E*t.nx+p])}`)})}i.length===1?u.push(g.join(", ")):g.length===1&&x.series[0].label===x.name?u.push(g[0]):g.length&&u.push(`${x.name}: ${g.join(", ")}`)}this.readout.textContent=`${this.xLabel} = ${nt(f)}: ${u.join("; ")}`,d.sort((x,g)=>(x.tagName==="line"?0:1)-(g.tagName==="line"?0:1)),this.hoverGroup.replaceChildren(...d),this.hoverGroup.setAttribute("visibility","visible")}toPng(){return this.hoverGroup.setAttribute("visibility","hidden"),ar(this.element,e=>e===this.readout)}resetView(){}dispose(){for(let e of this.cleanups.splice(0))e();this.frame=null,this.panels=[]}};function Dx(n,e){if(e===Number.isFinite)return Mf(n);let t=[],i=-1;for(let r=0;r<=n.length;r++){let s=r<n.length&&e(n[r]);s&&i<0&&(i=r),!s&&i>=0&&(t.push([i,r]),i=-1)}return t}var Fx=Array.prototype,Ux=Fx.slice;function Ox(n,e){return n-e}function Bx(n){for(var e=0,t=n.length,i=n[t-1][1]*n[0][0]-n[t-1][0]*n[0][1];++e<t;)i+=n[e-1][1]*n[e][0]-n[e-1][0]*n[e][1];return i}var sp=n=>()=>n;function kx(n,e){for(var t=-1,i=e.length,r;++t<i;)if(r=zx(n,e[t]))return r;return 0}function zx(n,e){for(var t=e[0],i=e[1],r=-1,s=0,a=n.length,o=a-1;s<a;o=s++){var l=n[s],c=l[0],h=l[1],f=n[o],u=f[0],d=f[1];if(Vx(l,f,e))return 0;h>i!=d>i&&t<(u-c)*(i-h)/(d-h)+c&&(r=-r)}return r}function Vx(n,e,t){var i;return Gx(n,e,t)&&Hx(n[i=+(n[0]===e[0])],t[i],e[i])}function Gx(n,e,t){return(e[0]-n[0])*(t[1]-n[1])===(t[0]-n[0])*(e[1]-n[1])}function Hx(n,e,t){return n<=e&&e<=t||t<=e&&e<=n}function Wx(){}var $n=[[],[[[1,1.5],[.5,1]]],[[[1.5,1],[1,1.5]]],[[[1.5,1],[.5,1]]],[[[1,.5],[1.5,1]]],[[[1,1.5],[.5,1]],[[1,.5],[1.5,1]]],[[[1,.5],[1,1.5]]],[[[1,.5],[.5,1]]],[[[.5,1],[1,.5]]],[[[1,1.5],[1,.5]]],[[[.5,1],[1,.5]],[[1.5,1],[1,1.5]]],[[[1.5,1],[1,.5]]],[[[.5,1],[1.5,1]]],[[[1,1.5],[1.5,1]]],[[[.5,1],[1,1.5]]],[]];function ho(){var n=1,e=1,t=Ld,i=l;function r(c){var h=t(c);if(Array.isArray(h))h=h.slice().sort(Ox);else{let f=Rd(c,$x);for(h=Ka(...Id(f[0],f[1],h),h);h[h.length-1]>=f[1];)h.pop();for(;h[1]<f[0];)h.shift()}return h.map(f=>s(c,f))}function s(c,h){let f=h==null?NaN:+h;if(isNaN(f))throw new Error(`invalid value: ${h}`);var u=[],d=[];return a(c,f,function(m){i(m,c,f),Bx(m)>0?u.push([m]):d.push(m)}),d.forEach(function(m){for(var x=0,g=u.length,p;x<g;++x)if(kx((p=u[x])[0],m)!==-1){p.push(m);return}}),{type:"MultiPolygon",value:h,coordinates:u}}function a(c,h,f){var u=new Array,d=new Array,m,x,g,p,_,E;for(m=x=-1,p=Bi(c[0],h),$n[p<<1].forEach(v);++m<n-1;)g=p,p=Bi(c[m+1],h),$n[g|p<<1].forEach(v);for($n[p<<0].forEach(v);++x<e-1;){for(m=-1,p=Bi(c[x*n+n],h),_=Bi(c[x*n],h),$n[p<<1|_<<2].forEach(v);++m<n-1;)g=p,p=Bi(c[x*n+n+m+1],h),E=_,_=Bi(c[x*n+m+1],h),$n[g|p<<1|_<<2|E<<3].forEach(v);$n[p|_<<3].forEach(v)}for(m=-1,_=c[x*n]>=h,$n[_<<2].forEach(v);++m<n-1;)E=_,_=Bi(c[x*n+m+1],h),$n[_<<2|E<<3].forEach(v);$n[_<<3].forEach(v);function v(A){var S=[A[0][0]+m,A[0][1]+x],b=[A[1][0]+m,A[1][1]+x],w=o(S),F=o(b),R,P;(R=d[w])?(P=u[F])?(delete d[R.end],delete u[P.start],R===P?(R.ring.push(b),f(R.ring)):u[R.start]=d[P.end]={start:R.start,end:P.end,ring:R.ring.concat(P.ring)}):(delete d[R.end],R.ring.push(b),d[R.end=F]=R):(R=u[F])?(P=d[w])?(delete u[R.start],delete d[P.end],R===P?(R.ring.push(b),f(R.ring)):u[P.start]=d[R.end]={start:P.start,end:R.end,ring:P.ring.concat(R.ring)}):(delete u[R.start],R.ring.unshift(S),u[R.start=w]=R):u[w]=d[F]={start:w,end:F,ring:[S,b]}}}function o(c){return c[0]*2+c[1]*(n+1)*4}function l(c,h,f){c.forEach(function(u){var d=u[0],m=u[1],x=d|0,g=m|0,p=lh(h[g*n+x]);d>0&&d<n&&x===d&&(u[0]=ap(d,lh(h[g*n+x-1]),p,f)),m>0&&m<e&&g===m&&(u[1]=ap(m,lh(h[(g-1)*n+x]),p,f))})}return r.contour=s,r.size=function(c){if(!arguments.length)return[n,e];var h=Math.floor(c[0]),f=Math.floor(c[1]);if(!(h>=0&&f>=0))throw new Error("invalid size");return n=h,e=f,r},r.thresholds=function(c){return arguments.length?(t=typeof c=="function"?c:Array.isArray(c)?sp(Ux.call(c)):sp(c),r):t},r.smooth=function(c){return arguments.length?(i=c?l:Wx,r):i===l},r}function $x(n){return isFinite(n)?n:NaN}function Bi(n,e){return n==null?!1:+n>=e}function lh(n){return n==null||isNaN(n=+n)?-1/0:n}function ap(n,e,t,i){let r=i-e,s=t-e,a=isFinite(r)||isFinite(s)?r/s:Math.sign(r)/Math.sign(s);return isNaN(a)?n:n+a-.5}function uo(n,e,t,i){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2||i.length===0)return i.map(o=>({value:o,lines:[]}));let r=hh(n,e,t),s=ho().size([e,t]).smooth(!0),a=n;return i.map(o=>({value:o,lines:ch(s.contour(a,o).coordinates,e,r)}))}function ch(n,e,t,i=0){let r=[];for(let s of n)for(let a of s)Xx(a,e,t,r,.5+i);return r}function hh(n,e,t){let i=new Uint8Array(e*t);for(let s=0;s<i.length;s++)i[s]=Number.isFinite(n[s])?1:0;let r=new Uint8Array((e-1)*(t-1));for(let s=0;s<t-1;s++)for(let a=0;a<e-1;a++){let o=s*e+a;r[s*(e-1)+a]=i[o]&i[o+1]&i[o+e]&i[o+e+1]}return r}function Xx(n,e,t,i,r=.5){let s=t.length/(e-1),a=n.length;if(a>1&&n[0][0]===n[a-1][0]&&n[0][1]===n[a-1][1]&&a--,a<2)return;let o=new Array(a);for(let d=0;d<a;d++)o[d]=[n[d][0]-r,n[d][1]-r];let l=(d,m)=>d>=0&&m>=0&&d<e-1&&m<s&&t[m*(e-1)+d]===1,c=(d,m)=>{let x=(d[0]+m[0])/2,g=(d[1]+m[1])/2,p=Math.floor(x),_=Math.floor(g);return!(!l(p,_)||x===p&&!l(p-1,_)||g===_&&!l(p,_-1))},h=[],f=null,u=!0;for(let d=0;d<a;d++){let m=o[d],x=o[(d+1)%a];c(m,x)?(f||(f=[m],h.push(f)),f.push(x)):(u=!1,f=null)}if(!u&&h.length>1){let d=h[0],m=h[h.length-1];d[0]===o[0]&&m[m.length-1]===o[0]&&(h.pop(),h[0]=m.concat(d.slice(1)))}for(let d of h)i.push(d)}function qx(n,e,t){let i=Float64Array.from(n),r=e*t,s=[];for(let o=0;o<r;o++)Number.isFinite(i[o])||s.push(o);if(s.length===r)return i.fill(0);let a=new Uint8Array(r);for(let o=0;o<r;o++)a[o]=Number.isFinite(i[o])?1:0;for(;s.length>0;){let o=[],l=[];for(let c of s){let h=c%e,f=(c-h)/e,u=0,d=0;h>0&&a[c-1]&&(u+=i[c-1],d++),h<e-1&&a[c+1]&&(u+=i[c+1],d++),f>0&&a[c-e]&&(u+=i[c-e],d++),f<t-1&&a[c+e]&&(u+=i[c+e],d++),d>0?l.push([c,u/d]):o.push(c)}for(let[c,h]of l)i[c]=h,a[c]=1;s=o}return i}function op(n,e,t,i){let r=[e[0],...n,e[1]],s=l=>(i(r[l])+i(r[l+1]))/2,a=[],o=s(0);return t.below>0&&(o=0,a.push({value:e[0],t:s(0)})),n.forEach((l,c)=>a.push({value:l,t:s(c+1)})),t.above>0&&a.push({value:e[1],t:1}),{base:o,layers:a}}function lp(n,e,t,i,r){if(n.length!==e*t)throw new Error(`grid has ${n.length} values, expected ny * nx = ${t} * ${e}`);if(e<2||t<2)return{regions:i.map(x=>({value:x,polygons:[]})),lines:r.map(x=>({value:x,lines:[]}))};let s=qx(n,e,t),a=e+2,o=t+2,l=new Float64Array(a*o);for(let x=0;x<o;x++){let g=Math.min(Math.max(x-1,0),t-1);for(let p=0;p<a;p++)l[x*a+p]=s[g*e+Math.min(Math.max(p-1,0),e-1)]}let c=hh(n,e,t),h=ho().size([a,o]).smooth(!0),f=new Map,u=x=>{let g=f.get(x);return g||(g=h.contour(l,x).coordinates,f.set(x,g)),g},d=r.map(x=>({value:x,lines:ch(u(x),e,c,1)}));return{regions:i.map(x=>({value:x,polygons:u(x).map(g=>g.map(p=>p.map(([_,E])=>[_-1.5,E-1.5])))})),lines:d}}function uh(n,e){return{u0:-.5,u1:n-.5,v0:-.5,v1:e-.5}}function hp(n,e){let t=1e-9*Math.max(1,e.u1-e.u0,e.v1-e.v0);return Math.abs(n.u0-e.u0)<t&&Math.abs(n.u1-e.u1)<t&&Math.abs(n.v0-e.v0)<t&&Math.abs(n.v1-e.v1)<t}function cp(n,e,t,i){let r=Math.min(e-n,i-t);return n<t&&(n=t),n+r>i&&(n=i-r),[n,n+r]}function up(n,e){let[t,i]=cp(n.u0,n.u1,e.u0,e.u1),[r,s]=cp(n.v0,n.v1,e.v0,e.v1);return{u0:t,u1:i,v0:r,v1:s}}function fo(n,e,t,i,r,s=2){if(!(r>0)||!Number.isFinite(r))return n;let a=n.u1-n.u0,o=n.v1-n.v0,l=e.u1-e.u0,c=e.v1-e.v0,h=1/r,f=Math.max(Math.min(s,l)/a,Math.min(s,c)/o),u=Math.min(l/a,c/o);h=Math.min(Math.max(h,Math.min(f,1)),Math.max(u,1));let d=t-(t-n.u0)*h,m=i-(i-n.v0)*h;return up({u0:d,u1:d+a*h,v0:m,v1:m+o*h},e)}function wr(n,e,t,i){return up({u0:n.u0+t,u1:n.u1+t,v0:n.v0+i,v1:n.v1+i},e)}function fp(n,e,t){let i=e/(n.u1-n.u0),r=-t/(n.v1-n.v0);return[i,0,0,r,-i*n.u0,-r*n.v1]}function Es(n,e,t,i,r){return[(i-n.u0)/(n.u1-n.u0)*e,(n.v1-r)/(n.v1-n.v0)*t]}function fh(n,e,t,i,r){return[n.u0+i/e*(n.u1-n.u0),n.v1-r/t*(n.v1-n.v0)]}function dh(n,e){if(n.length!==e.length)return!1;for(let t=0;t<n.length;t++)if(n[t]!==e[t]&&!(n[t]!==n[t]&&e[t]!==e[t]))return!1;return!0}var ph=14,Yx=56,po=16,Kx=60,dp=7,Ar=class{constructor(){this.element=re("div",{class:"tbl-colorbar","data-testid":"colorbar"});this.title=re("div",{class:"tbl-colorbar-title"});this.canvas=re("canvas",{class:"tbl-colorbar-bar"});this.svg=Oe("svg",{class:"tbl-colorbar-axis"});this.body=re("div",{class:"tbl-colorbar-body"},[this.canvas,this.svg]);this.note=re("div",{class:"tbl-colorbar-note","data-testid":"colorbar-note",hidden:!0});this.painted="";this.element.append(this.title,this.body,this.note),this.svg.style.overflow="visible",this.note.style.cssText="color: var(--tbl-muted); font-size: 11px; max-width: 90px;"}empty(e,t="no finite values",i={}){let r=i.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,r-po)}px`,this.title.style.height=`${po}px`,this.title.textContent=e,this.body.hidden=!0,this.note.hidden=!1,this.note.textContent=t,this.svg.replaceChildren();let s=this.element.dataset;s.empty="true",s.ticks="",s.domain="",s.clip=""}draw(e,t,i,r={}){let s=r.top??26;this.element.style.marginTop="0px",this.element.style.gap=`${Math.max(2,s-po)}px`,this.title.style.height=`${po}px`,this.title.textContent=i,this.body.hidden=!1,this.note.hidden=!0,this.element.dataset.empty="false";let[a,o]=e.domain,l=`${a} ${o} ${e.scale} ${e.palette} ${t} ${window.devicePixelRatio}`;if(l!==this.painted){let g=If(this.canvas,ph,t);for(let p=0;p<t;p++)g.fillStyle=vt(e.colorAt(1-(p+.5)/t)),g.fillRect(0,p,ph,1);this.painted=l}let c=xr([a,o],e.scale,Math.max(Wn,Math.round(t/Kx))),h=g=>o>a?(1-e.position(g))*t:t/2;this.svg.setAttribute("width",String(Yx)),this.svg.setAttribute("height",String(t+2));let f=[hi({side:"right",x:.5,y:.5,length:t,ticks:c.map(g=>({pos:h(g.value),label:g.label}))})],u=-ph-.5,d=-.5,m=(u+d)/2,x=r.clip??{below:0,above:0};x.above>0&&f.push(Oe("polygon",{class:"tbl-clip-mark","data-end":"above",points:`${u},-1.5 ${d},-1.5 ${m},${-1.5-dp}`,fill:vt(e.colorAt(1))})),x.below>0&&f.push(Oe("polygon",{class:"tbl-clip-mark","data-end":"below",points:`${u},${t+1.5} ${d},${t+1.5} ${m},${t+1.5+dp}`,fill:vt(e.colorAt(0))})),this.svg.replaceChildren(...f),this.element.dataset.ticks=c.map(g=>g.label).join(" "),this.element.dataset.domain=`${a} ${o}`,this.element.dataset.scale=e.scale,this.element.dataset.clip=[x.below>0?"below":"",x.above>0?"above":""].filter(Boolean).join(" ")}};var Zt={top:26,right:8,bottom:44,left:64},Zx=10,Jx=8,jx=.002,pp=1.25,mp=.1,mh=2,bp=`
.tbl-plot:focus { outline: none; }
.tbl-plot:focus-visible { outline: 2px solid var(--tbl-accent); outline-offset: 2px; }
.tbl-plot.tbl-grabbing { cursor: grabbing; }
.tbl-path-overlay { position: absolute; display: block; pointer-events: none; }
.tbl-clip-mark { stroke: var(--tbl-muted); stroke-width: 1; stroke-linejoin: round; }
.tbl-path-swatch { display: inline-block; width: 28px; height: 6px; border-radius: 3px; border: 1px solid rgba(0, 0, 0, 0.5); }
.tbl-ring-mark { display: inline-block; width: 8px; height: 8px; border-radius: 50%; border: 2px solid #ffffff; box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.75); margin-left: 6px; }
.tbl-series-swatch { display: inline-block; width: 18px; border-top: 2px solid; }
.tbl-curve-series { fill: none; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.tbl-curve-series-dot { stroke: none; }
.tbl-curve-hover line { stroke: var(--tbl-muted); stroke-dasharray: 3 3; }
.tbl-curve-hover circle { stroke: var(--tbl-bg); stroke-width: 1.5; }
.tbl-path-line { fill: none; stroke: rgba(0, 0, 0, 0.55); stroke-width: 1.5; }
.tbl-path-point { stroke: rgba(0, 0, 0, 0.75); stroke-width: 1; }
.tbl-path-current { stroke: #ffffff; stroke-width: 2; }
.tbl-curve-svg:focus { outline: none; }
`,gp=new WeakMap,Qx=1;function ey(n){let e=gp.get(n);return e===void 0&&(e=Qx++,gp.set(n,e)),e}var Er=null;function ty(n){if(!Er){Er=document.createElement("canvas"),Er.width=Er.height=8;let e=Er.getContext("2d");if(!e)return null;e.strokeStyle="rgba(255, 255, 255, 0.9)",e.lineWidth=1.5,e.beginPath();for(let t of[-8,0,8])e.moveTo(t,8),e.lineTo(t+8,0);e.stroke()}return n.createPattern(Er,"repeat")}function ny(n){let e=new Path2D,t=0;for(let{lines:i}of n)for(let r of i){t++,e.moveTo(r[0][0],r[0][1]);for(let s=1;s<r.length;s++)e.lineTo(r[s][0],r[s][1])}return{path:e,count:t}}function iy(n){let e=new Path2D;for(let t of n)for(let i of t)if(!(i.length<3)){e.moveTo(i[0][0],i[0][1]);for(let r=1;r<i.length;r++)e.lineTo(i[r][0],i[r][1]);e.closePath()}return e}function gh(n,e,t,i){(n.width!==t||n.height!==i)&&(n.width=t,n.height=i);let r=n.getContext("2d");if(!r)throw new Error("canvas 2D context unavailable");r.putImageData(new ImageData(e,t,i),0,0)}var mo=class{constructor(){this.element=re("div",{class:"tbl-heatmap"});this.figure=re("div",{class:"tbl-figure"});this.axes=Oe("svg",{class:"tbl-axes"});this.canvas=re("canvas",{"data-testid":"heatmap",class:"tbl-plot",tabindex:0,role:"img","aria-label":"loss landscape: scroll or + / - to zoom, drag or arrow keys to pan, double-click or 0 to reset"});this.overlay=re("canvas",{"data-testid":"path-overlay",class:"tbl-path-overlay"});this.colorbar=new Ar;this.readout=re("div",{class:"tbl-readout","data-testid":"readout"},[" "]);this.legendSlot=re("div");this.image=document.createElement("canvas");this.mask=document.createElement("canvas");this.marked=document.createElement("canvas");this.hatchLayer=document.createElement("canvas");this.markedBuffer=null;this.cmapCache=null;this.frame=null;this.opts=null;this.content=null;this.width=0;this.height=0;this.grid=null;this.full=uh(1,1);this.win=this.full;this.path=[];this.spread=null;this.pathRgb=[];this.pathPixels=[];this.hoverPath=-1;this.lastMouse=null;this.drag=null;this.endDrag=null;this.cleanups=[];this.figure.append(this.axes,this.canvas,this.overlay),this.element.append(re("div",{class:"tbl-row"},[this.figure,this.colorbar.element]),this.readout,this.legendSlot),this.overlay.style.pointerEvents="none",this.overlay.style.position="absolute",this.listen(this.canvas,"mousemove",e=>this.onHover(e)),this.listen(this.canvas,"mouseleave",()=>{this.lastMouse=null,this.readout.textContent=" ",this.setHoverPath(-1)}),this.listen(this.canvas,"mousedown",e=>this.onDragStart(e)),this.listen(this.canvas,"wheel",e=>this.onWheel(e),{passive:!1}),this.listen(this.canvas,"dblclick",e=>{e.preventDefault(),this.resetView()}),this.listen(this.canvas,"keydown",e=>this.onKey(e)),this.element.dataset.pathPoints="0"}draw(e,t){let i=performance.now();if(e.header.dims!==2||e.header.axes.length<2)throw new Error("the heatmap draws 2D landscapes; use Curve for 1D");this.frame=e,this.opts=t;let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=a.coords,c=o.coords,h=this.grid;(!h||h.nx!==r||h.ny!==s||!dh(h.xs,l)||!dh(h.ys,c))&&(this.grid={nx:r,ny:s,xs:l,ys:c},this.full=uh(r,s),this.win=this.full);let f=Wd(ih(l),ih(c),a.unit===o.unit,t.maxSide);this.width=f.width,this.height=f.height;let u=[ey(e),t.metric,t.scale,t.palette,t.style,t.domain?t.domain.join(","):"auto"].join("|");(!this.content||this.content.key!==u)&&(this.content=this.compute(e,t,u));let d=this.content;this.path=t.path?yr(e.header.trajectory):[],this.spread=vr(this.path,l,c),this.pathRgb=As(this.path.length),this.hoverPath=-1;let m=Zt.left+this.width+Zt.right,x=Zt.top+this.height+Zt.bottom;this.figure.style.width=`${m}px`,this.figure.style.height=`${x}px`;for(let S of[this.canvas,this.overlay])S.style.left=`${Zt.left}px`,S.style.top=`${Zt.top}px`;this.axes.setAttribute("width",String(m)),this.axes.setAttribute("height",String(x));let p=e.header.metrics[t.metric]+(t.scale==="log"?" (log)":"");d.domain?this.colorbar.draw(d.cmap,this.height,p,{top:Zt.top,clip:d.clip}):this.colorbar.empty(p,"no finite values",{top:Zt.top});let[_,E]=e.header.center,v=this.path.length;this.legendSlot.replaceChildren(Mr(d.counts,{hatched:!0,note:t.style==="filled"?"not coloured, no bands":"not coloured, no contours",center:{text:`centre (${nt(_)}, ${nt(E)})`,mark:"cross"},clip:{...d.clip,low:d.cmap.colorAt(0),high:d.cmap.colorAt(1)},path:v>0?{count:v,first:this.path[0].step,last:this.path[v-1].step,early:this.pathRgb[0],late:this.pathRgb[v-1],tiny:Sr(this.spread,2,e.header.method)}:null})),this.render(),this.refreshReadout();let A=this.element.dataset;A.levels=d.levels.join(" "),A.pathPoints=String(v),A.pathSpread=this.spread?String(this.spread.fraction):"",A.style=t.style,A.scale=t.scale,A.palette=t.palette,A.drawMs=(performance.now()-i).toFixed(1)}compute(e,t,i){let{nx:r,ny:s}=e,a=Yt(e,t.metric),o=eo(a,t.domain,t.scale),l=o??[0,1],c=this.cmapCache,h=c&&c.domain[0]===l[0]&&c.domain[1]===l[1]&&c.scale===t.scale&&c.palette===t.palette?c:new fr(l,{scale:t.scale,palette:t.palette});this.cmapCache=h;let f=o?Qa(o,t.scale,Zx):[],u=o?ir(a,o):{below:0,above:0},d=vd(a,r,s,h,this.buffers);this.buffers={rgba:d.rgba,mask:d.mask},gh(this.image,d.rgba,r,s),d.nonFinite>0&&gh(this.mask,d.mask,r,s);let m=null,x;if(t.style==="filled"&&o){let _=op(f,o,u,A=>h.position(A)),{regions:E,lines:v}=lp(a,r,s,_.layers.map(A=>A.value),f);if(m={base:vt(h.colorAt(_.base)),layers:E.map((A,S)=>({path:iy(A.polygons),color:vt(h.colorAt(_.layers[S].t))}))},x=v,d.nonFinite>0){let A=this.markedBuffer&&this.markedBuffer.length===d.rgba.length?this.markedBuffer:new Uint8ClampedArray(d.rgba.length);A.set(d.rgba);for(let S=3;S<A.length;S+=4)A[S]=d.mask[S];this.markedBuffer=A,gh(this.marked,A,r,s)}}else x=uo(a,r,s,f);let{path:g,count:p}=ny(x);return{key:i,nx:r,ny:s,domain:o,cmap:h,levels:f,lines:g,lineCount:p,bands:m,counts:nr(a),nonFinite:d.nonFinite,clip:u}}render(){let e=this.content,t=this.frame;if(!e||!t)return;let{width:i,height:r,win:s}=this,{nx:a,ny:o}=e,l=zc(this.canvas,i,r),c=new DOMMatrix(fp(s,i,r)),h=[s.u0+.5,o-.5-s.v1,s.u1-s.u0,s.v1-s.v0],f=Math.min(i/(s.u1-s.u0),r/(s.v1-s.v0));if(e.bands){l.fillStyle=e.bands.base,l.fillRect(0,0,i,r);for(let v of e.bands.layers){let A=new Path2D;A.addPath(v.path,c),l.fillStyle=v.color,l.fill(A,"evenodd")}e.nonFinite>0&&(l.imageSmoothingEnabled=!1,l.drawImage(this.marked,...h,0,0,i,r))}else l.imageSmoothingEnabled=f<1,l.drawImage(this.image,...h,0,0,i,r);if(e.nonFinite>0&&this.hatch(l,h),e.lineCount>0){let v=new Path2D;v.addPath(e.lines,c),l.save(),l.lineJoin="round",l.lineCap="round",e.bands?(l.strokeStyle="rgba(0, 0, 0, 0.3)",l.lineWidth=.75,l.stroke(v)):e.cmap.palette==="diverging"?(l.strokeStyle="rgba(0, 0, 0, 0.45)",l.lineWidth=1,l.stroke(v)):(l.strokeStyle="rgba(0, 0, 0, 0.35)",l.lineWidth=2.5,l.stroke(v),l.strokeStyle="rgba(255, 255, 255, 0.85)",l.lineWidth=1,l.stroke(v)),l.restore()}let[u,d]=t.header.axes,m=u.coords,x=d.coords,[g,p]=t.header.center,[_,E]=Es(s,i,r,Mn(m,g),Mn(x,p));ry(l,_,E),this.pathPixels=this.path.map(v=>Es(s,i,r,Mn(m,v.x),Mn(x,v.y))),this.paintOverlay(),this.renderAxes(),this.updateZoomDataset()}hatch(e,t){let i=this.hatchLayer;(i.width!==this.canvas.width||i.height!==this.canvas.height)&&(i.width=this.canvas.width,i.height=this.canvas.height);let r=i.getContext("2d");if(!r)return;r.globalCompositeOperation="source-over",r.clearRect(0,0,i.width,i.height),r.imageSmoothingEnabled=!1,r.drawImage(this.mask,...t,0,0,i.width,i.height);let s=ty(r);s&&(r.globalCompositeOperation="source-in",r.fillStyle=s,r.fillRect(0,0,i.width,i.height),r.globalCompositeOperation="source-over",e.drawImage(i,0,0,this.width,this.height))}paintOverlay(){this.overlay.hidden=this.pathPixels.length===0;let e=zc(this.overlay,this.width,this.height);ip(e,this.pathPixels,this.pathRgb,this.hoverPath)}renderAxes(){let e=this.frame;if(!e)return;let{width:t,height:i,win:r}=this,[s,a]=e.header.axes,o=s.coords,l=a.coords,c=[Qt(o,r.u0),Qt(o,r.u1)],h=[Qt(l,r.v0),Qt(l,r.v1)],f=Nn(c,Math.max(2,Math.round(t/80))).map(m=>({pos:Es(r,t,i,Mn(o,m.value),0)[0],label:m.label})),u=Nn(h,Math.max(2,Math.round(i/60))).map(m=>({pos:Es(r,t,i,0,Mn(l,m.value))[1],label:m.label})),d=e.header.method;this.axes.replaceChildren(Oe("rect",{class:"tbl-frame",x:Zt.left-.5,y:Zt.top-.5,width:t+1,height:i+1}),hi({side:"bottom",x:Zt.left,y:Zt.top+i+.5,length:t,ticks:f,title:sr(s,d),titleOffset:36}),hi({side:"left",x:Zt.left-.5,y:Zt.top,length:i,ticks:u,title:sr(a,d),titleOffset:52}))}updateZoomDataset(){let e=this.grid;if(!e)return;let t=this.win;this.element.dataset.zoom=[Qt(e.xs,t.u0),Qt(e.xs,t.u1),Qt(e.ys,t.v0),Qt(e.ys,t.v1)].join(" "),this.element.dataset.zoomed=String(!hp(t,this.full))}setWindow(e){this.win=e,this.render(),this.refreshReadout()}listen(e,t,i,r){e.addEventListener(t,i,r),this.cleanups.push(()=>e.removeEventListener(t,i,r))}local(e){let t=this.canvas.getBoundingClientRect();return[e.clientX-t.left,e.clientY-t.top]}setHoverPath(e){e!==this.hoverPath&&(this.hoverPath=e,this.content&&this.paintOverlay())}onHover(e){this.drag||(this.lastMouse=this.local(e),this.refreshReadout())}refreshReadout(){let e=this.frame,t=this.content;if(!e||!t||!this.lastMouse){this.readout.textContent=" ";return}let[i,r]=this.lastMouse,s=io(this.pathPixels,i,r,Jx);if(this.setHoverPath(s),s>=0){this.readout.textContent=ao(this.path[s],2,s===this.path.length-1,this.spread);return}let{nx:a,ny:o}=t,[l,c]=fh(this.win,this.width,this.height,i,r),h=Math.min(a-1,Math.max(0,Math.round(l))),f=Math.min(o-1,Math.max(0,Math.round(c))),[u,d]=e.header.axes,m=e.header.metrics.map((x,g)=>`${x} = ${nt(e.values[(g*o+f)*a+h])}`).join(", ");this.readout.textContent=`${u.label||"x"} = ${nt(Qt(u.coords,h))}, ${d.label||"y"} = ${nt(Qt(d.coords,f))}: ${m}`}onWheel(e){if(!this.content)return;e.preventDefault();let t=e.deltaMode===1?16:e.deltaMode===2?400:1,i=Math.exp(-e.deltaY*t*jx),[r,s]=this.local(e),[a,o]=fh(this.win,this.width,this.height,r,s);this.lastMouse=[r,s],this.setWindow(fo(this.win,this.full,a,o,i,mh))}onDragStart(e){if(e.button!==0||!this.content)return;let[t,i]=this.local(e);this.drag={x:t,y:i,win:this.win,moved:!1},this.canvas.classList.add("tbl-grabbing");let r=a=>{let o=this.drag;if(!o)return;let[l,c]=this.local(a);if(!o.moved&&Math.hypot(l-o.x,c-o.y)<3)return;o.moved=!0;let h=-((l-o.x)/this.width)*(o.win.u1-o.win.u0),f=(c-o.y)/this.height*(o.win.v1-o.win.v0);this.lastMouse=null,this.setWindow(wr(o.win,this.full,h,f))},s=()=>{this.drag=null,this.endDrag=null,this.canvas.classList.remove("tbl-grabbing"),window.removeEventListener("mousemove",r),window.removeEventListener("mouseup",s)};this.endDrag?.(),window.addEventListener("mousemove",r),window.addEventListener("mouseup",s),this.endDrag=s}onKey(e){if(!this.content||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.win,i=(t.u0+t.u1)/2,r=(t.v0+t.v1)/2,s=(t.u1-t.u0)*mp,a=(t.v1-t.v0)*mp,o=null;switch(e.key){case"+":case"=":o=fo(t,this.full,i,r,pp,mh);break;case"-":case"_":o=fo(t,this.full,i,r,1/pp,mh);break;case"ArrowLeft":o=wr(t,this.full,-s,0);break;case"ArrowRight":o=wr(t,this.full,s,0);break;case"ArrowUp":o=wr(t,this.full,0,a);break;case"ArrowDown":o=wr(t,this.full,0,-a);break;case"0":o=this.full;break;default:return}e.preventDefault(),this.setWindow(o)}toPng(){return ar(this.element,e=>e===this.readout)}resetView(){this.win=this.full,this.content?this.setWindow(this.full):this.updateZoomDataset()}dispose(){for(let e of this.cleanups.splice(0))e();this.endDrag?.(),this.content=null,this.frame=null}};function ry(n,e,t){n.save(),n.lineCap="round",n.beginPath(),n.moveTo(e-7,t),n.lineTo(e+7,t),n.moveTo(e,t-7),n.lineTo(e,t+7),n.strokeStyle="rgba(0, 0, 0, 0.8)",n.lineWidth=4,n.stroke(),n.strokeStyle="#ffffff",n.lineWidth=2,n.stroke(),n.restore()}var Mi={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Si={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},jp=0,qh=1,Qp=2;var la=1,em=2,ts=3,wi=0,qt=1,bn=2,qi=0,ns=1,Yh=2,Kh=3,Zh=4,tm=5;var Yi=100,nm=101,im=102,rm=103,sm=104,am=200,om=201,lm=202,cm=203,Jh=204,jh=205,hm=206,um=207,fm=208,dm=209,pm=210,mm=211,gm=212,bm=213,xm=214,Ho=0,Wo=1,$o=2,Gr=3,Xo=4,qo=5,Yo=6,Ko=7,vl=0,ym=1,_m=2,Bn=0,Qh=1,eu=2,tu=3,nu=4,iu=5,ru=6,su=7;var au=300,Ki=301,is=302,Ml=303,Sl=304,Zo=1e3,Fn=1001,Jo=1002,It=1003,vm=1004;var ca=1005;var Wt=1006,wl=1007;var ni=1008;var Jt=1009,ou=1010,lu=1011,rs=1012,Al=1013,Tn=1014,xn=1015,Cn=1016,El=1017,Tl=1018,Zi=1020,cu=35902,hu=35899,uu=1021,fu=1022,Rn=1023,jn=1026,ii=1027,Cl=1028,Rl=1029,Ai=1030,Pl=1031;var Il=1033,ha=33776,ua=33777,fa=33778,da=33779,Ll=35840,Nl=35841,Dl=35842,Fl=35843,Ul=36196,Ol=37492,Bl=37496,kl=37488,zl=37489,pa=37490,Vl=37491,Gl=37808,Hl=37809,Wl=37810,$l=37811,Xl=37812,ql=37813,Yl=37814,Kl=37815,Zl=37816,Jl=37817,jl=37818,Ql=37819,ec=37820,tc=37821,nc=36492,ic=36494,rc=36495,sc=36283,ac=36284,ma=36285,oc=36286;var Os=2300,jo=2301,Vo=2302,Bh=2303,kh=2400,zh=2401,Vh=2402;var Mm=3200;var lc=0,Sm=1,ri="",kt="srgb",Bs="srgb-linear",ks="linear",at="srgb";var Go=7680;var wm=519,Am=512,Em=513,Tm=514,du=515,Cm=516,Rm=517,pu=518,mu=519,Pm=35044,Ei=35048;var gu="300 es",pn=2e3,Hr=2001;function sy(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function ay(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function zs(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function Im(){let n=zs("canvas");return n.style.display="block",n}var xp={},Wr=null;function bu(...n){let e="THREE."+n.shift();Wr?Wr("log",e,...n):console.log(e,...n)}function Lm(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function Le(...n){n=Lm(n);let e="THREE."+n.shift();if(Wr)Wr("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function Be(...n){n=Lm(n);let e="THREE."+n.shift();if(Wr)Wr("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function Ds(...n){let e=n.join(" ");e in xp||(xp[e]=!0,Le(...n))}function Nm(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var Dm={[Ho]:Ho,[$o]:Yo,[Xo]:Xo,[Gr]:qo,[Wo]:Wo,[Yo]:$o,[Ko]:Ko,[qo]:Gr},En=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Ot=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],yp=1234567,Fs=Math.PI/180,$r=180/Math.PI;function ss(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Ot[n&255]+Ot[n>>8&255]+Ot[n>>16&255]+Ot[n>>24&255]+"-"+Ot[e&255]+Ot[e>>8&255]+"-"+Ot[e>>16&15|64]+Ot[e>>24&255]+"-"+Ot[t&63|128]+Ot[t>>8&255]+"-"+Ot[t>>16&255]+Ot[t>>24&255]+Ot[i&255]+Ot[i>>8&255]+Ot[i>>16&255]+Ot[i>>24&255]).toLowerCase()}function Ke(n,e,t){return Math.max(e,Math.min(t,n))}function xu(n,e){return(n%e+e)%e}function oy(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function ly(n,e,t){return n!==e?(t-n)/(e-n):0}function Us(n,e,t){return(1-t)*n+t*e}function cy(n,e,t,i){return Us(n,e,1-Math.exp(-t*i))}function hy(n,e=1){return e-Math.abs(xu(n,e*2)-e)}function uy(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function fy(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function dy(n,e){return n+Math.floor(Math.random()*(e-n+1))}function py(n,e){return n+Math.random()*(e-n)}function my(n){return n*(.5-Math.random())}function gy(n){n!==void 0&&(yp=n);let e=yp+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function by(n){return n*Fs}function xy(n){return n*$r}function yy(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function _y(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function yu(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function vy(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),l=a(t/2),c=s((e+i)/2),h=a((e+i)/2),f=s((e-i)/2),u=a((e-i)/2),d=s((i-e)/2),m=a((i-e)/2);switch(r){case"XYX":n.set(o*h,l*f,l*u,o*c);break;case"YZY":n.set(l*u,o*h,l*f,o*c);break;case"ZXZ":n.set(l*f,l*u,o*h,o*c);break;case"XZX":n.set(o*h,l*m,l*d,o*c);break;case"YXY":n.set(l*d,o*h,l*m,o*c);break;case"ZYZ":n.set(l*m,l*d,o*h,o*c);break;default:Le("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function _u(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Fm(n,e){if(e.constructor===Float32Array)return n;let t=_u(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function Um(n,e){if(e.constructor===Float32Array)return n;let t=_u(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var vu={DEG2RAD:Fs,RAD2DEG:$r,generateUUID:ss,clamp:Ke,euclideanModulo:xu,mapLinear:oy,inverseLerp:ly,lerp:Us,damp:cy,pingpong:hy,smoothstep:uy,smootherstep:fy,randInt:dy,randFloat:py,randFloatSpread:my,seededRandom:gy,degToRad:by,radToDeg:xy,isPowerOfTwo:yy,ceilPowerOfTwo:_y,floorPowerOfTwo:yu,setQuaternionFromProperEuler:vy,normalize:Um,denormalize:Fm},Eu=class Eu{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Ke(this.x,e.x,t.x),this.y=Ke(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Ke(this.x,e,t),this.y=Ke(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ke(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ke(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Eu.prototype.isVector2=!0;var Fe=Eu,rn=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let l=i[r+0],c=i[r+1],h=i[r+2],f=i[r+3],u=s[a+0],d=s[a+1],m=s[a+2],x=s[a+3];if(f!==x||l!==u||c!==d||h!==m){let g=l*u+c*d+h*m+f*x;g<0&&(u=-u,d=-d,m=-m,x=-x,g=-g);let p=1-o;if(g<.9995){let _=Math.acos(g),E=Math.sin(_);p=Math.sin(p*_)/E,o=Math.sin(o*_)/E,l=l*p+u*o,c=c*p+d*o,h=h*p+m*o,f=f*p+x*o}else{l=l*p+u*o,c=c*p+d*o,h=h*p+m*o,f=f*p+x*o;let _=1/Math.sqrt(l*l+c*c+h*h+f*f);l*=_,c*=_,h*=_,f*=_}}e[t]=l,e[t+1]=c,e[t+2]=h,e[t+3]=f}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],l=i[r+1],c=i[r+2],h=i[r+3],f=s[a],u=s[a+1],d=s[a+2],m=s[a+3];return e[t]=o*m+h*f+l*d-c*u,e[t+1]=l*m+h*u+c*f-o*d,e[t+2]=c*m+h*d+o*u-l*f,e[t+3]=h*m-o*f-l*u-c*d,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,l=Math.sin,c=o(i/2),h=o(r/2),f=o(s/2),u=l(i/2),d=l(r/2),m=l(s/2);switch(a){case"XYZ":this._x=u*h*f+c*d*m,this._y=c*d*f-u*h*m,this._z=c*h*m+u*d*f,this._w=c*h*f-u*d*m;break;case"YXZ":this._x=u*h*f+c*d*m,this._y=c*d*f-u*h*m,this._z=c*h*m-u*d*f,this._w=c*h*f+u*d*m;break;case"ZXY":this._x=u*h*f-c*d*m,this._y=c*d*f+u*h*m,this._z=c*h*m+u*d*f,this._w=c*h*f-u*d*m;break;case"ZYX":this._x=u*h*f-c*d*m,this._y=c*d*f+u*h*m,this._z=c*h*m-u*d*f,this._w=c*h*f+u*d*m;break;case"YZX":this._x=u*h*f+c*d*m,this._y=c*d*f+u*h*m,this._z=c*h*m-u*d*f,this._w=c*h*f-u*d*m;break;case"XZY":this._x=u*h*f-c*d*m,this._y=c*d*f-u*h*m,this._z=c*h*m+u*d*f,this._w=c*h*f+u*d*m;break;default:Le("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],l=t[9],c=t[2],h=t[6],f=t[10],u=i+o+f;if(u>0){let d=.5/Math.sqrt(u+1);this._w=.25/d,this._x=(h-l)*d,this._y=(s-c)*d,this._z=(a-r)*d}else if(i>o&&i>f){let d=2*Math.sqrt(1+i-o-f);this._w=(h-l)/d,this._x=.25*d,this._y=(r+a)/d,this._z=(s+c)/d}else if(o>f){let d=2*Math.sqrt(1+o-i-f);this._w=(s-c)/d,this._x=(r+a)/d,this._y=.25*d,this._z=(l+h)/d}else{let d=2*Math.sqrt(1+f-i-o);this._w=(a-r)/d,this._x=(s+c)/d,this._y=(l+h)/d,this._z=.25*d}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Ke(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,l=t._y,c=t._z,h=t._w;return this._x=i*h+a*o+r*c-s*l,this._y=r*h+a*l+s*o-i*c,this._z=s*h+a*c+i*l-r*o,this._w=a*h-i*o-r*l-s*c,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let l=1-t;if(o<.9995){let c=Math.acos(o),h=Math.sin(c);l=Math.sin(l*c)/h,t=Math.sin(t*c)/h,this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this._onChangeCallback()}else this._x=this._x*l+i*t,this._y=this._y*l+r*t,this._z=this._z*l+s*t,this._w=this._w*l+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},Tu=class Tu{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(_p.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(_p.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,l=e.w,c=2*(a*r-o*i),h=2*(o*t-s*r),f=2*(s*i-a*t);return this.x=t+l*c+a*f-o*h,this.y=i+l*h+o*c-s*f,this.z=r+l*f+s*h-a*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Ke(this.x,e.x,t.x),this.y=Ke(this.y,e.y,t.y),this.z=Ke(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Ke(this.x,e,t),this.y=Ke(this.y,e,t),this.z=Ke(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ke(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,l=t.z;return this.x=r*l-s*o,this.y=s*a-i*l,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return bh.copy(this).projectOnVector(e),this.sub(bh)}reflect(e){return this.sub(bh.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Ke(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};Tu.prototype.isVector3=!0;var V=Tu,bh=new V,_p=new rn,Cu=class Cu{constructor(e,t,i,r,s,a,o,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c)}set(e,t,i,r,s,a,o,l,c){let h=this.elements;return h[0]=e,h[1]=r,h[2]=o,h[3]=t,h[4]=s,h[5]=l,h[6]=i,h[7]=a,h[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],l=i[6],c=i[1],h=i[4],f=i[7],u=i[2],d=i[5],m=i[8],x=r[0],g=r[3],p=r[6],_=r[1],E=r[4],v=r[7],A=r[2],S=r[5],b=r[8];return s[0]=a*x+o*_+l*A,s[3]=a*g+o*E+l*S,s[6]=a*p+o*v+l*b,s[1]=c*x+h*_+f*A,s[4]=c*g+h*E+f*S,s[7]=c*p+h*v+f*b,s[2]=u*x+d*_+m*A,s[5]=u*g+d*E+m*S,s[8]=u*p+d*v+m*b,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8];return t*a*h-t*o*c-i*s*h+i*o*l+r*s*c-r*a*l}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=h*a-o*c,u=o*l-h*s,d=c*s-a*l,m=t*f+i*u+r*d;if(m===0)return this.set(0,0,0,0,0,0,0,0,0);let x=1/m;return e[0]=f*x,e[1]=(r*c-h*i)*x,e[2]=(o*i-r*a)*x,e[3]=u*x,e[4]=(h*t-r*l)*x,e[5]=(r*s-o*t)*x,e[6]=d*x,e[7]=(i*l-c*t)*x,e[8]=(a*t-i*s)*x,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let l=Math.cos(s),c=Math.sin(s);return this.set(i*l,i*c,-i*(l*a+c*o)+a+e,-r*c,r*l,-r*(-c*a+l*o)+o+t,0,0,1),this}scale(e,t){return Ds("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(xh.makeScale(e,t)),this}rotate(e){return Ds("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(xh.makeRotation(-e)),this}translate(e,t){return Ds("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(xh.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Cu.prototype.isMatrix3=!0;var ke=Cu,xh=new ke,vp=new ke().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Mp=new ke().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function My(){let n={enabled:!0,workingColorSpace:Bs,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===at&&(r.r=Jn(r.r),r.g=Jn(r.g),r.b=Jn(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===at&&(r.r=Vr(r.r),r.g=Vr(r.g),r.b=Vr(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===ri?ks:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[Bs]:{primaries:e,whitePoint:i,transfer:ks,toXYZ:vp,fromXYZ:Mp,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:kt},outputColorSpaceConfig:{drawingBufferColorSpace:kt}},[kt]:{primaries:e,whitePoint:i,transfer:at,toXYZ:vp,fromXYZ:Mp,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:kt}}}),n}var Qe=My();function Jn(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function Vr(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var Tr,Qo=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{Tr===void 0&&(Tr=zs("canvas")),Tr.width=e.width,Tr.height=e.height;let r=Tr.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=Tr}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=zs("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=Jn(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(Jn(t[i]/255)*255):t[i]=Jn(t[i]);return{data:t,width:e.width,height:e.height}}else return Le("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Sy=0,Xr=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Sy++}),this.uuid=ss(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(yh(r[a].image)):s.push(yh(r[a]))}else s=yh(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function yh(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?Qo.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(Le("Texture: Unable to serialize Texture."),{})}var wy=0,_h=new V,$t=class n extends En{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=Fn,r=Fn,s=Wt,a=ni,o=Rn,l=Jt,c=n.DEFAULT_ANISOTROPY,h=ri){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:wy++}),this.uuid=ss(),this.name="",this.source=new Xr(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=c,this.format=o,this.internalFormat=null,this.type=l,this.offset=new Fe(0,0),this.repeat=new Fe(1,1),this.center=new Fe(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new ke,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=h,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(_h).x}get height(){return this.source.getSize(_h).y}get depth(){return this.source.getSize(_h).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){Le(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==au)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case Zo:e.x=e.x-Math.floor(e.x);break;case Fn:e.x=e.x<0?0:1;break;case Jo:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case Zo:e.y=e.y-Math.floor(e.y);break;case Fn:e.y=e.y<0?0:1;break;case Jo:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};$t.DEFAULT_IMAGE=null;$t.DEFAULT_MAPPING=au;$t.DEFAULT_ANISOTROPY=1;var Ru=class Ru{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,l=e.elements,c=l[0],h=l[4],f=l[8],u=l[1],d=l[5],m=l[9],x=l[2],g=l[6],p=l[10];if(Math.abs(h-u)<.01&&Math.abs(f-x)<.01&&Math.abs(m-g)<.01){if(Math.abs(h+u)<.1&&Math.abs(f+x)<.1&&Math.abs(m+g)<.1&&Math.abs(c+d+p-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let E=(c+1)/2,v=(d+1)/2,A=(p+1)/2,S=(h+u)/4,b=(f+x)/4,w=(m+g)/4;return E>v&&E>A?E<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(E),r=S/i,s=b/i):v>A?v<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(v),i=S/r,s=w/r):A<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(A),i=b/s,r=w/s),this.set(i,r,s,t),this}let _=Math.sqrt((g-m)*(g-m)+(f-x)*(f-x)+(u-h)*(u-h));return Math.abs(_)<.001&&(_=1),this.x=(g-m)/_,this.y=(f-x)/_,this.z=(u-h)/_,this.w=Math.acos((c+d+p-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Ke(this.x,e.x,t.x),this.y=Ke(this.y,e.y,t.y),this.z=Ke(this.z,e.z,t.z),this.w=Ke(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Ke(this.x,e,t),this.y=Ke(this.y,e,t),this.z=Ke(this.z,e,t),this.w=Ke(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Ke(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Ru.prototype.isVector4=!0;var mt=Ru,el=class extends En{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Wt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new mt(0,0,e,t),this.scissorTest=!1,this.viewport=new mt(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new $t({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Wt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new Xr(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},sn=class extends el{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},Vs=class extends $t{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=It,this.minFilter=It,this.wrapR=Fn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var tl=class extends $t{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=It,this.minFilter=It,this.wrapR=Fn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var _l=class _l{constructor(e,t,i,r,s,a,o,l,c,h,f,u,d,m,x,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,l,c,h,f,u,d,m,x,g)}set(e,t,i,r,s,a,o,l,c,h,f,u,d,m,x,g){let p=this.elements;return p[0]=e,p[4]=t,p[8]=i,p[12]=r,p[1]=s,p[5]=a,p[9]=o,p[13]=l,p[2]=c,p[6]=h,p[10]=f,p[14]=u,p[3]=d,p[7]=m,p[11]=x,p[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new _l().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/Cr.setFromMatrixColumn(e,0).length(),s=1/Cr.setFromMatrixColumn(e,1).length(),a=1/Cr.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),l=Math.cos(r),c=Math.sin(r),h=Math.cos(s),f=Math.sin(s);if(e.order==="XYZ"){let u=a*h,d=a*f,m=o*h,x=o*f;t[0]=l*h,t[4]=-l*f,t[8]=c,t[1]=d+m*c,t[5]=u-x*c,t[9]=-o*l,t[2]=x-u*c,t[6]=m+d*c,t[10]=a*l}else if(e.order==="YXZ"){let u=l*h,d=l*f,m=c*h,x=c*f;t[0]=u+x*o,t[4]=m*o-d,t[8]=a*c,t[1]=a*f,t[5]=a*h,t[9]=-o,t[2]=d*o-m,t[6]=x+u*o,t[10]=a*l}else if(e.order==="ZXY"){let u=l*h,d=l*f,m=c*h,x=c*f;t[0]=u-x*o,t[4]=-a*f,t[8]=m+d*o,t[1]=d+m*o,t[5]=a*h,t[9]=x-u*o,t[2]=-a*c,t[6]=o,t[10]=a*l}else if(e.order==="ZYX"){let u=a*h,d=a*f,m=o*h,x=o*f;t[0]=l*h,t[4]=m*c-d,t[8]=u*c+x,t[1]=l*f,t[5]=x*c+u,t[9]=d*c-m,t[2]=-c,t[6]=o*l,t[10]=a*l}else if(e.order==="YZX"){let u=a*l,d=a*c,m=o*l,x=o*c;t[0]=l*h,t[4]=x-u*f,t[8]=m*f+d,t[1]=f,t[5]=a*h,t[9]=-o*h,t[2]=-c*h,t[6]=d*f+m,t[10]=u-x*f}else if(e.order==="XZY"){let u=a*l,d=a*c,m=o*l,x=o*c;t[0]=l*h,t[4]=-f,t[8]=c*h,t[1]=u*f+x,t[5]=a*h,t[9]=d*f-m,t[2]=m*f-d,t[6]=o*h,t[10]=x*f+u}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(Ay,e,Ey)}lookAt(e,t,i){let r=this.elements;return en.subVectors(e,t),en.lengthSq()===0&&(en.z=1),en.normalize(),ui.crossVectors(i,en),ui.lengthSq()===0&&(Math.abs(i.z)===1?en.x+=1e-4:en.z+=1e-4,en.normalize(),ui.crossVectors(i,en)),ui.normalize(),go.crossVectors(en,ui),r[0]=ui.x,r[4]=go.x,r[8]=en.x,r[1]=ui.y,r[5]=go.y,r[9]=en.y,r[2]=ui.z,r[6]=go.z,r[10]=en.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],l=i[8],c=i[12],h=i[1],f=i[5],u=i[9],d=i[13],m=i[2],x=i[6],g=i[10],p=i[14],_=i[3],E=i[7],v=i[11],A=i[15],S=r[0],b=r[4],w=r[8],F=r[12],R=r[1],P=r[5],L=r[9],U=r[13],C=r[2],N=r[6],H=r[10],k=r[14],J=r[3],z=r[7],X=r[11],B=r[15];return s[0]=a*S+o*R+l*C+c*J,s[4]=a*b+o*P+l*N+c*z,s[8]=a*w+o*L+l*H+c*X,s[12]=a*F+o*U+l*k+c*B,s[1]=h*S+f*R+u*C+d*J,s[5]=h*b+f*P+u*N+d*z,s[9]=h*w+f*L+u*H+d*X,s[13]=h*F+f*U+u*k+d*B,s[2]=m*S+x*R+g*C+p*J,s[6]=m*b+x*P+g*N+p*z,s[10]=m*w+x*L+g*H+p*X,s[14]=m*F+x*U+g*k+p*B,s[3]=_*S+E*R+v*C+A*J,s[7]=_*b+E*P+v*N+A*z,s[11]=_*w+E*L+v*H+A*X,s[15]=_*F+E*U+v*k+A*B,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],l=e[9],c=e[13],h=e[2],f=e[6],u=e[10],d=e[14],m=e[3],x=e[7],g=e[11],p=e[15],_=l*d-c*u,E=o*d-c*f,v=o*u-l*f,A=a*d-c*h,S=a*u-l*h,b=a*f-o*h;return t*(x*_-g*E+p*v)-i*(m*_-g*A+p*S)+r*(m*E-x*A+p*b)-s*(m*v-x*S+g*b)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],l=e[2],c=e[6],h=e[10];return t*(a*h-o*c)-i*(s*h-o*l)+r*(s*c-a*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],l=e[6],c=e[7],h=e[8],f=e[9],u=e[10],d=e[11],m=e[12],x=e[13],g=e[14],p=e[15],_=t*o-i*a,E=t*l-r*a,v=t*c-s*a,A=i*l-r*o,S=i*c-s*o,b=r*c-s*l,w=h*x-f*m,F=h*g-u*m,R=h*p-d*m,P=f*g-u*x,L=f*p-d*x,U=u*p-d*g,C=_*U-E*L+v*P+A*R-S*F+b*w;if(C===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let N=1/C;return e[0]=(o*U-l*L+c*P)*N,e[1]=(r*L-i*U-s*P)*N,e[2]=(x*b-g*S+p*A)*N,e[3]=(u*S-f*b-d*A)*N,e[4]=(l*R-a*U-c*F)*N,e[5]=(t*U-r*R+s*F)*N,e[6]=(g*v-m*b-p*E)*N,e[7]=(h*b-u*v+d*E)*N,e[8]=(a*L-o*R+c*w)*N,e[9]=(i*R-t*L-s*w)*N,e[10]=(m*S-x*v+p*_)*N,e[11]=(f*v-h*S-d*_)*N,e[12]=(o*F-a*P-l*w)*N,e[13]=(t*P-i*F+r*w)*N,e[14]=(x*E-m*A-g*_)*N,e[15]=(h*A-f*E+u*_)*N,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,l=e.z,c=s*a,h=s*o;return this.set(c*a+i,c*o-r*l,c*l+r*o,0,c*o+r*l,h*o+i,h*l-r*a,0,c*l-r*o,h*l+r*a,s*l*l+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,l=t._w,c=s+s,h=a+a,f=o+o,u=s*c,d=s*h,m=s*f,x=a*h,g=a*f,p=o*f,_=l*c,E=l*h,v=l*f,A=i.x,S=i.y,b=i.z;return r[0]=(1-(x+p))*A,r[1]=(d+v)*A,r[2]=(m-E)*A,r[3]=0,r[4]=(d-v)*S,r[5]=(1-(u+p))*S,r[6]=(g+_)*S,r[7]=0,r[8]=(m+E)*b,r[9]=(g-_)*b,r[10]=(1-(u+x))*b,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=Cr.set(r[0],r[1],r[2]).length(),o=Cr.set(r[4],r[5],r[6]).length(),l=Cr.set(r[8],r[9],r[10]).length();s<0&&(a=-a),Sn.copy(this);let c=1/a,h=1/o,f=1/l;return Sn.elements[0]*=c,Sn.elements[1]*=c,Sn.elements[2]*=c,Sn.elements[4]*=h,Sn.elements[5]*=h,Sn.elements[6]*=h,Sn.elements[8]*=f,Sn.elements[9]*=f,Sn.elements[10]*=f,t.setFromRotationMatrix(Sn),i.x=a,i.y=o,i.z=l,this}makePerspective(e,t,i,r,s,a,o=pn,l=!1){let c=this.elements,h=2*s/(t-e),f=2*s/(i-r),u=(t+e)/(t-e),d=(i+r)/(i-r),m,x;if(l)m=s/(a-s),x=a*s/(a-s);else if(o===pn)m=-(a+s)/(a-s),x=-2*a*s/(a-s);else if(o===Hr)m=-a/(a-s),x=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=u,c[12]=0,c[1]=0,c[5]=f,c[9]=d,c[13]=0,c[2]=0,c[6]=0,c[10]=m,c[14]=x,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=pn,l=!1){let c=this.elements,h=2/(t-e),f=2/(i-r),u=-(t+e)/(t-e),d=-(i+r)/(i-r),m,x;if(l)m=1/(a-s),x=a/(a-s);else if(o===pn)m=-2/(a-s),x=-(a+s)/(a-s);else if(o===Hr)m=-1/(a-s),x=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return c[0]=h,c[4]=0,c[8]=0,c[12]=u,c[1]=0,c[5]=f,c[9]=0,c[13]=d,c[2]=0,c[6]=0,c[10]=m,c[14]=x,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};_l.prototype.isMatrix4=!0;var it=_l,Cr=new V,Sn=new it,Ay=new V(0,0,0),Ey=new V(1,1,1),ui=new V,go=new V,en=new V,Sp=new it,wp=new rn,Qn=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],l=r[1],c=r[5],h=r[9],f=r[2],u=r[6],d=r[10];switch(t){case"XYZ":this._y=Math.asin(Ke(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-h,d),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(u,c),this._z=0);break;case"YXZ":this._x=Math.asin(-Ke(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(o,d),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-f,s),this._z=0);break;case"ZXY":this._x=Math.asin(Ke(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(-f,d),this._z=Math.atan2(-a,c)):(this._y=0,this._z=Math.atan2(l,s));break;case"ZYX":this._y=Math.asin(-Ke(f,-1,1)),Math.abs(f)<.9999999?(this._x=Math.atan2(u,d),this._z=Math.atan2(l,s)):(this._x=0,this._z=Math.atan2(-a,c));break;case"YZX":this._z=Math.asin(Ke(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-h,c),this._y=Math.atan2(-f,s)):(this._x=0,this._y=Math.atan2(o,d));break;case"XZY":this._z=Math.asin(-Ke(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(u,c),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-h,d),this._y=0);break;default:Le("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return Sp.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Sp,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return wp.setFromEuler(this),this.setFromQuaternion(wp,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Qn.DEFAULT_ORDER="XYZ";var qr=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},Ty=0,Ap=new V,Rr=new rn,Xn=new it,bo=new V,Ts=new V,Cy=new V,Ry=new rn,Ep=new V(1,0,0),Tp=new V(0,1,0),Cp=new V(0,0,1),Rp={type:"added"},Py={type:"removed"},Pr={type:"childadded",child:null},vh={type:"childremoved",child:null},Lt=class n extends En{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:Ty++}),this.uuid=ss(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new V,t=new Qn,i=new rn,r=new V(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new it},normalMatrix:{value:new ke}}),this.matrix=new it,this.matrixWorld=new it,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new qr,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Rr.setFromAxisAngle(e,t),this.quaternion.multiply(Rr),this}rotateOnWorldAxis(e,t){return Rr.setFromAxisAngle(e,t),this.quaternion.premultiply(Rr),this}rotateX(e){return this.rotateOnAxis(Ep,e)}rotateY(e){return this.rotateOnAxis(Tp,e)}rotateZ(e){return this.rotateOnAxis(Cp,e)}translateOnAxis(e,t){return Ap.copy(e).applyQuaternion(this.quaternion),this.position.add(Ap.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Ep,e)}translateY(e){return this.translateOnAxis(Tp,e)}translateZ(e){return this.translateOnAxis(Cp,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Xn.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?bo.copy(e):bo.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Ts.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Xn.lookAt(Ts,bo,this.up):Xn.lookAt(bo,Ts,this.up),this.quaternion.setFromRotationMatrix(Xn),r&&(Xn.extractRotation(r.matrixWorld),Rr.setFromRotationMatrix(Xn),this.quaternion.premultiply(Rr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Be("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Rp),Pr.child=e,this.dispatchEvent(Pr),Pr.child=null):Be("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Py),vh.child=e,this.dispatchEvent(vh),vh.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Xn.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Xn.multiply(e.parent.matrixWorld)),e.applyMatrix4(Xn),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Rp),Pr.child=e,this.dispatchEvent(Pr),Pr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ts,e,Cy),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ts,Ry,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,l){return o[l.uuid]===void 0&&(o[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let l=o.shapes;if(Array.isArray(l))for(let c=0,h=l.length;c<h;c++){let f=l[c];s(e.shapes,f)}else s(e.shapes,l)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let l=0,c=this.material.length;l<c;l++)o.push(s(e.materials,this.material[l]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let l=this.animations[o];r.animations.push(s(e.animations,l))}}if(t){let o=a(e.geometries),l=a(e.materials),c=a(e.textures),h=a(e.images),f=a(e.shapes),u=a(e.skeletons),d=a(e.animations),m=a(e.nodes);o.length>0&&(i.geometries=o),l.length>0&&(i.materials=l),c.length>0&&(i.textures=c),h.length>0&&(i.images=h),f.length>0&&(i.shapes=f),u.length>0&&(i.skeletons=u),d.length>0&&(i.animations=d),m.length>0&&(i.nodes=m)}return i.object=r,i;function a(o){let l=[];for(let c in o){let h=o[c];delete h.metadata,l.push(h)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Lt.DEFAULT_UP=new V(0,1,0);Lt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Lt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Hi=class extends Lt{constructor(){super(),this.isGroup=!0,this.type="Group"}},Iy={type:"move"},Yr=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Hi,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Hi,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new V,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new V),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Hi,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new V,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new V,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){a=!0;for(let x of e.hand.values()){let g=t.getJointPose(x,i),p=this._getHandJoint(c,x);g!==null&&(p.matrix.fromArray(g.transform.matrix),p.matrix.decompose(p.position,p.quaternion,p.scale),p.matrixWorldNeedsUpdate=!0,p.jointRadius=g.radius),p.visible=g!==null}let h=c.joints["index-finger-tip"],f=c.joints["thumb-tip"],u=h.position.distanceTo(f.position),d=.02,m=.005;c.inputState.pinching&&u>d+m?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&u<=d-m&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(l.matrix.fromArray(s.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,s.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(s.linearVelocity)):l.hasLinearVelocity=!1,s.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(s.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(Iy)))}return o!==null&&(o.visible=r!==null),l!==null&&(l.visible=s!==null),c!==null&&(c.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new Hi;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},Om={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},fi={h:0,s:0,l:0},xo={h:0,s:0,l:0};function Mh(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var He=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=kt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Qe.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Qe.workingColorSpace){return this.r=e,this.g=t,this.b=i,Qe.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Qe.workingColorSpace){if(e=xu(e,1),t=Ke(t,0,1),i=Ke(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=Mh(a,s,e+1/3),this.g=Mh(a,s,e),this.b=Mh(a,s,e-1/3)}return Qe.colorSpaceToWorking(this,r),this}setStyle(e,t=kt){function i(s){s!==void 0&&parseFloat(s)<1&&Le("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:Le("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);Le("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=kt){let i=Om[e.toLowerCase()];return i!==void 0?this.setHex(i,t):Le("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Jn(e.r),this.g=Jn(e.g),this.b=Jn(e.b),this}copyLinearToSRGB(e){return this.r=Vr(e.r),this.g=Vr(e.g),this.b=Vr(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=kt){return Qe.workingToColorSpace(Bt.copy(this),e),Math.round(Ke(Bt.r*255,0,255))*65536+Math.round(Ke(Bt.g*255,0,255))*256+Math.round(Ke(Bt.b*255,0,255))}getHexString(e=kt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Qe.workingColorSpace){Qe.workingToColorSpace(Bt.copy(this),t);let i=Bt.r,r=Bt.g,s=Bt.b,a=Math.max(i,r,s),o=Math.min(i,r,s),l,c,h=(o+a)/2;if(o===a)l=0,c=0;else{let f=a-o;switch(c=h<=.5?f/(a+o):f/(2-a-o),a){case i:l=(r-s)/f+(r<s?6:0);break;case r:l=(s-i)/f+2;break;case s:l=(i-r)/f+4;break}l/=6}return e.h=l,e.s=c,e.l=h,e}getRGB(e,t=Qe.workingColorSpace){return Qe.workingToColorSpace(Bt.copy(this),t),e.r=Bt.r,e.g=Bt.g,e.b=Bt.b,e}getStyle(e=kt){Qe.workingToColorSpace(Bt.copy(this),e);let t=Bt.r,i=Bt.g,r=Bt.b;return e!==kt?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(fi),this.setHSL(fi.h+e,fi.s+t,fi.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(fi),e.getHSL(xo);let i=Us(fi.h,xo.h,t),r=Us(fi.s,xo.s,t),s=Us(fi.l,xo.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Bt=new He;He.NAMES=Om;var Gs=class extends Lt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Qn,this.environmentIntensity=1,this.environmentRotation=new Qn,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},wn=new V,qn=new V,Sh=new V,Yn=new V,Ir=new V,Lr=new V,Pp=new V,wh=new V,Ah=new V,Eh=new V,Th=new mt,Ch=new mt,Rh=new mt,gi=class n{constructor(e=new V,t=new V,i=new V){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),wn.subVectors(e,t),r.cross(wn);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){wn.subVectors(r,t),qn.subVectors(i,t),Sh.subVectors(e,t);let a=wn.dot(wn),o=wn.dot(qn),l=wn.dot(Sh),c=qn.dot(qn),h=qn.dot(Sh),f=a*c-o*o;if(f===0)return s.set(0,0,0),null;let u=1/f,d=(c*l-o*h)*u,m=(a*h-o*l)*u;return s.set(1-d-m,m,d)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,Yn)===null?!1:Yn.x>=0&&Yn.y>=0&&Yn.x+Yn.y<=1}static getInterpolation(e,t,i,r,s,a,o,l){return this.getBarycoord(e,t,i,r,Yn)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(s,Yn.x),l.addScaledVector(a,Yn.y),l.addScaledVector(o,Yn.z),l)}static getInterpolatedAttribute(e,t,i,r,s,a){return Th.setScalar(0),Ch.setScalar(0),Rh.setScalar(0),Th.fromBufferAttribute(e,t),Ch.fromBufferAttribute(e,i),Rh.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(Th,s.x),a.addScaledVector(Ch,s.y),a.addScaledVector(Rh,s.z),a}static isFrontFacing(e,t,i,r){return wn.subVectors(i,t),qn.subVectors(e,t),wn.cross(qn).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return wn.subVectors(this.c,this.b),qn.subVectors(this.a,this.b),wn.cross(qn).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;Ir.subVectors(r,i),Lr.subVectors(s,i),wh.subVectors(e,i);let l=Ir.dot(wh),c=Lr.dot(wh);if(l<=0&&c<=0)return t.copy(i);Ah.subVectors(e,r);let h=Ir.dot(Ah),f=Lr.dot(Ah);if(h>=0&&f<=h)return t.copy(r);let u=l*f-h*c;if(u<=0&&l>=0&&h<=0&&l-h>0)return a=l/(l-h),t.copy(i).addScaledVector(Ir,a);Eh.subVectors(e,s);let d=Ir.dot(Eh),m=Lr.dot(Eh);if(m>=0&&d<=m)return t.copy(s);let x=d*c-l*m;if(x<=0&&c>=0&&m<=0)return o=c/(c-m),t.copy(i).addScaledVector(Lr,o);let g=h*m-d*f;if(g<=0&&f-h>=0&&d-m>=0)return Pp.subVectors(s,r),o=(f-h)/(f-h+(d-m)),t.copy(r).addScaledVector(Pp,o);let p=1/(g+x+u);return a=x*p,o=u*p,t.copy(i).addScaledVector(Ir,a).addScaledVector(Lr,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},mn=class{constructor(e=new V(1/0,1/0,1/0),t=new V(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(An.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(An.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=An.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,An):An.fromBufferAttribute(s,a),An.applyMatrix4(e.matrixWorld),this.expandByPoint(An);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),yo.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),yo.copy(i.boundingBox)),yo.applyMatrix4(e.matrixWorld),this.union(yo)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,An),An.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Cs),_o.subVectors(this.max,Cs),Nr.subVectors(e.a,Cs),Dr.subVectors(e.b,Cs),Fr.subVectors(e.c,Cs),di.subVectors(Dr,Nr),pi.subVectors(Fr,Dr),ki.subVectors(Nr,Fr);let t=[0,-di.z,di.y,0,-pi.z,pi.y,0,-ki.z,ki.y,di.z,0,-di.x,pi.z,0,-pi.x,ki.z,0,-ki.x,-di.y,di.x,0,-pi.y,pi.x,0,-ki.y,ki.x,0];return!Ph(t,Nr,Dr,Fr,_o)||(t=[1,0,0,0,1,0,0,0,1],!Ph(t,Nr,Dr,Fr,_o))?!1:(vo.crossVectors(di,pi),t=[vo.x,vo.y,vo.z],Ph(t,Nr,Dr,Fr,_o))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,An).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(An).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Kn[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Kn[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Kn[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Kn[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Kn[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Kn[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Kn[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Kn[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Kn),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Kn=[new V,new V,new V,new V,new V,new V,new V,new V],An=new V,yo=new mn,Nr=new V,Dr=new V,Fr=new V,di=new V,pi=new V,ki=new V,Cs=new V,_o=new V,vo=new V,zi=new V;function Ph(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){zi.fromArray(n,s);let o=r.x*Math.abs(zi.x)+r.y*Math.abs(zi.y)+r.z*Math.abs(zi.z),l=e.dot(zi),c=t.dot(zi),h=i.dot(zi);if(Math.max(-Math.max(l,c,h),Math.min(l,c,h))>o)return!1}return!0}var yt=new V,Mo=new Fe,Ly=0,Mt=class extends En{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Ly++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=Pm,this.updateRanges=[],this.gpuType=xn,this.version=0,this._normalizationScale=e!==void 0?_u(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Mo.fromBufferAttribute(this,t),Mo.applyMatrix3(e),this.setXY(t,Mo.x,Mo.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)yt.fromBufferAttribute(this,t),yt.applyMatrix3(e),this.setXYZ(t,yt.x,yt.y,yt.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)yt.fromBufferAttribute(this,t),yt.applyMatrix4(e),this.setXYZ(t,yt.x,yt.y,yt.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)yt.fromBufferAttribute(this,t),yt.applyNormalMatrix(e),this.setXYZ(t,yt.x,yt.y,yt.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)yt.fromBufferAttribute(this,t),yt.transformDirection(e),this.setXYZ(t,yt.x,yt.y,yt.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Fm(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Um(e,this.array)}};var Hs=class extends Mt{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var Ws=class extends Mt{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Dt=class extends Mt{constructor(e,t,i){super(new Float32Array(e),t,i)}},Ny=new mn,Rs=new V,Ih=new V,gn=class{constructor(e=new V,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):Ny.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Rs.subVectors(e,this.center);let t=Rs.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Rs,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Ih.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Rs.copy(e.center).add(Ih)),this.expandByPoint(Rs.copy(e.center).sub(Ih))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},Dy=0,dn=new it,Lh=new Lt,Ur=new V,tn=new mn,Ps=new mn,Pt=new V,St=class n extends En{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Dy++}),this.uuid=ss(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(sy(e)?Ws:Hs)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new ke().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return dn.makeRotationFromQuaternion(e),this.applyMatrix4(dn),this}rotateX(e){return dn.makeRotationX(e),this.applyMatrix4(dn),this}rotateY(e){return dn.makeRotationY(e),this.applyMatrix4(dn),this}rotateZ(e){return dn.makeRotationZ(e),this.applyMatrix4(dn),this}translate(e,t,i){return dn.makeTranslation(e,t,i),this.applyMatrix4(dn),this}scale(e,t,i){return dn.makeScale(e,t,i),this.applyMatrix4(dn),this}lookAt(e){return Lh.lookAt(e),Lh.updateMatrix(),this.applyMatrix4(Lh.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Ur).negate(),this.translate(Ur.x,Ur.y,Ur.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Dt(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&Le("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new mn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Be("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new V(-1/0,-1/0,-1/0),new V(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];tn.setFromBufferAttribute(s),this.morphTargetsRelative?(Pt.addVectors(this.boundingBox.min,tn.min),this.boundingBox.expandByPoint(Pt),Pt.addVectors(this.boundingBox.max,tn.max),this.boundingBox.expandByPoint(Pt)):(this.boundingBox.expandByPoint(tn.min),this.boundingBox.expandByPoint(tn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Be('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new gn);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Be("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new V,1/0);return}if(e){let i=this.boundingSphere.center;if(tn.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];Ps.setFromBufferAttribute(o),this.morphTargetsRelative?(Pt.addVectors(tn.min,Ps.min),tn.expandByPoint(Pt),Pt.addVectors(tn.max,Ps.max),tn.expandByPoint(Pt)):(tn.expandByPoint(Ps.min),tn.expandByPoint(Ps.max))}tn.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Pt.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Pt));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],l=this.morphTargetsRelative;for(let c=0,h=o.count;c<h;c++)Pt.fromBufferAttribute(o,c),l&&(Ur.fromBufferAttribute(e,c),Pt.add(Ur)),r=Math.max(r,i.distanceToSquared(Pt))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&Be('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Be("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new Mt(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],l=[],c=new Uint8Array(i.count);for(let F=0;F<i.count;F++)o[F]=new V,l[F]=new V;let h=new V,f=new V,u=new V,d=new Fe,m=new Fe,x=new Fe,g=new V,p=new V;function _(F,R,P){c[F]=c[R]=c[P]=1,h.fromBufferAttribute(i,F),f.fromBufferAttribute(i,R),u.fromBufferAttribute(i,P),d.fromBufferAttribute(s,F),m.fromBufferAttribute(s,R),x.fromBufferAttribute(s,P),f.sub(h),u.sub(h),m.sub(d),x.sub(d);let L=1/(m.x*x.y-x.x*m.y);isFinite(L)&&(g.copy(f).multiplyScalar(x.y).addScaledVector(u,-m.y).multiplyScalar(L),p.copy(u).multiplyScalar(m.x).addScaledVector(f,-x.x).multiplyScalar(L),o[F].add(g),o[R].add(g),o[P].add(g),l[F].add(p),l[R].add(p),l[P].add(p))}let E=this.groups;E.length===0&&(E=[{start:0,count:e.count}]);for(let F=0,R=E.length;F<R;++F){let P=E[F],L=P.start,U=P.count;for(let C=L,N=L+U;C<N;C+=3)_(e.getX(C+0),e.getX(C+1),e.getX(C+2))}let v=new V,A=new V,S=new V,b=new V;function w(F){S.fromBufferAttribute(r,F),b.copy(S);let R=o[F];v.copy(R),v.sub(S.multiplyScalar(S.dot(R))).normalize(),A.crossVectors(b,R);let L=A.dot(l[F])<0?-1:1;a.setXYZW(F,v.x,v.y,v.z,L)}for(let F=0,R=i.count;F<R;++F)c[F]&&w(F);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new Mt(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let u=0,d=i.count;u<d;u++)i.setXYZ(u,0,0,0);let r=new V,s=new V,a=new V,o=new V,l=new V,c=new V,h=new V,f=new V;if(e)for(let u=0,d=e.count;u<d;u+=3){let m=e.getX(u+0),x=e.getX(u+1),g=e.getX(u+2);r.fromBufferAttribute(t,m),s.fromBufferAttribute(t,x),a.fromBufferAttribute(t,g),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),o.fromBufferAttribute(i,m),l.fromBufferAttribute(i,x),c.fromBufferAttribute(i,g),o.add(h),l.add(h),c.add(h),i.setXYZ(m,o.x,o.y,o.z),i.setXYZ(x,l.x,l.y,l.z),i.setXYZ(g,c.x,c.y,c.z)}else for(let u=0,d=t.count;u<d;u+=3)r.fromBufferAttribute(t,u+0),s.fromBufferAttribute(t,u+1),a.fromBufferAttribute(t,u+2),h.subVectors(a,s),f.subVectors(r,s),h.cross(f),i.setXYZ(u+0,h.x,h.y,h.z),i.setXYZ(u+1,h.x,h.y,h.z),i.setXYZ(u+2,h.x,h.y,h.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Pt.fromBufferAttribute(e,t),Pt.normalize(),e.setXYZ(t,Pt.x,Pt.y,Pt.z)}toNonIndexed(){function e(o,l){let c=o.array,h=o.itemSize,f=o.normalized,u=new c.constructor(l.length*h),d=0,m=0;for(let x=0,g=l.length;x<g;x++){o.isInterleavedBufferAttribute?d=l[x]*o.data.stride+o.offset:d=l[x]*h;for(let p=0;p<h;p++)u[m++]=c[d++]}return new Mt(u,h,f)}if(this.index===null)return Le("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let l=r[o],c=e(l,i);t.setAttribute(o,c)}let s=this.morphAttributes;for(let o in s){let l=[],c=s[o];for(let h=0,f=c.length;h<f;h++){let u=c[h],d=e(u,i);l.push(d)}t.morphAttributes[o]=l}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,l=a.length;o<l;o++){let c=a[o];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let l in i){let c=i[l];e.data.attributes[l]=c.toJSON(e.data)}let r={},s=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],h=[];for(let f=0,u=c.length;f<u;f++){let d=c[f];h.push(d.toJSON(e.data))}h.length>0&&(r[l]=h,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let c in r){let h=r[c];this.setAttribute(c,h.clone(t))}let s=e.morphAttributes;for(let c in s){let h=[],f=s[c];for(let u=0,d=f.length;u<d;u++)h.push(f[u].clone(t));this.morphAttributes[c]=h}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let c=0,h=a.length;c<h;c++){let f=a[c];this.addGroup(f.start,f.count,f.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Nh=new V,Fy=new V,Uy=new ke,nn=class{constructor(e=new V(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=Nh.subVectors(i,t).cross(Fy.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(Nh),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||Uy.getNormalMatrix(e),r=this.coplanarPoint(Nh).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},Oy=0,Un=class extends En{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Oy++}),this.uuid=ss(),this.name="",this.type="Material",this.blending=ns,this.side=wi,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Jh,this.blendDst=jh,this.blendEquation=Yi,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new He(0,0,0),this.blendAlpha=0,this.depthFunc=Gr,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=wm,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Go,this.stencilZFail=Go,this.stencilZPass=Go,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){Le(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){Le(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let l=s[o];delete l.metadata,a.push(l)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new He().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new nn().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new Fe().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Fe().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Zn=new V,Dh=new V,So=new V,wo=new V,ei=class{constructor(e=new V,t=new V(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Zn)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Zn.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Zn.copy(this.origin).addScaledVector(this.direction,t),Zn.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){Dh.copy(e).add(t).multiplyScalar(.5),So.copy(t).sub(e).normalize(),wo.copy(this.origin).sub(Dh);let s=e.distanceTo(t)*.5,a=-this.direction.dot(So),o=wo.dot(this.direction),l=-wo.dot(So),c=wo.lengthSq(),h=Math.abs(1-a*a),f,u,d,m;if(h>0)if(f=a*l-o,u=a*o-l,m=s*h,f>=0)if(u>=-m)if(u<=m){let x=1/h;f*=x,u*=x,d=f*(f+a*u+2*o)+u*(a*f+u+2*l)+c}else u=s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u=-s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;else u<=-m?(f=Math.max(0,-(-a*s+o)),u=f>0?-s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c):u<=m?(f=0,u=Math.min(Math.max(-s,-l),s),d=u*(u+2*l)+c):(f=Math.max(0,-(a*s+o)),u=f>0?s:Math.min(Math.max(-s,-l),s),d=-f*f+u*(u+2*l)+c);else u=a>0?-s:s,f=Math.max(0,-(a*u+o)),d=-f*f+u*(u+2*l)+c;return i&&i.copy(this.origin).addScaledVector(this.direction,f),r&&r.copy(Dh).addScaledVector(So,u),d}intersectSphere(e,t){if(e.radius<0)return null;Zn.subVectors(e.center,this.origin);let i=Zn.dot(this.direction),r=Zn.dot(Zn)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,l=i+a;return l<0?null:o<0?this.at(l,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,l,c=1/this.direction.x,h=1/this.direction.y,f=1/this.direction.z,u=this.origin;return c>=0?(i=(e.min.x-u.x)*c,r=(e.max.x-u.x)*c):(i=(e.max.x-u.x)*c,r=(e.min.x-u.x)*c),h>=0?(s=(e.min.y-u.y)*h,a=(e.max.y-u.y)*h):(s=(e.max.y-u.y)*h,a=(e.min.y-u.y)*h),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),f>=0?(o=(e.min.z-u.z)*f,l=(e.max.z-u.z)*f):(o=(e.max.z-u.z)*f,l=(e.min.z-u.z)*f),i>l||o>r)||((o>i||i!==i)&&(i=o),(l<r||r!==r)&&(r=l),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,Zn)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,l=o.x,c=o.y,h=o.z,f=e.x-a.x,u=e.y-a.y,d=e.z-a.z,m=t.x-a.x,x=t.y-a.y,g=t.z-a.z,p=i.x-a.x,_=i.y-a.y,E=i.z-a.z,v=Math.abs(l),A=Math.abs(c),S=Math.abs(h),b,w,F,R,P,L,U,C,N,H,k,J;if(v>=A&&v>=S?(F=l,L=f,N=m,J=p,l>=0?(b=c,w=h,R=u,P=d,U=x,C=g,H=_,k=E):(b=h,w=c,R=d,P=u,U=g,C=x,H=E,k=_)):A>=S?(F=c,L=u,N=x,J=_,c>=0?(b=h,w=l,R=d,P=f,U=g,C=m,H=E,k=p):(b=l,w=h,R=f,P=d,U=m,C=g,H=p,k=E)):(F=h,L=d,N=g,J=E,h>=0?(b=l,w=c,R=f,P=u,U=m,C=x,H=p,k=_):(b=c,w=l,R=u,P=f,U=x,C=m,H=_,k=p)),F===0)return null;let z=b/F,X=w/F,B=1/F,ie=R-z*L,be=P-X*L,q=U-z*N,te=C-X*N,ae=H-z*J,le=k-X*J,ne=ae*te-le*q,Se=ie*le-be*ae,qe=q*be-te*ie;if(r){if(ne<0||Se<0||qe<0)return null}else if((ne<0||Se<0||qe<0)&&(ne>0||Se>0||qe>0))return null;let Te=ne+Se+qe;if(Te===0)return null;let Ze=B*(ne*L+Se*N+qe*J);return(Te>0?Ze<0:Ze>0)?null:this.at(Ze/Te,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Wi=class extends Un{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new He(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Qn,this.combine=vl,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Ip=new it,Vi=new ei,Ao=new gn,Lp=new V,Eo=new V,To=new V,Co=new V,Fh=new V,Ro=new V,Np=new V,Po=new V,Xt=class extends Lt{constructor(e=new St,t=new Wi){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){Ro.set(0,0,0);for(let l=0,c=s.length;l<c;l++){let h=o[l],f=s[l];h!==0&&(Fh.fromBufferAttribute(f,e),a?Ro.addScaledVector(Fh,h):Ro.addScaledVector(Fh.sub(t),h))}t.add(Ro)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),Ao.copy(i.boundingSphere),Ao.applyMatrix4(s),Vi.copy(e.ray).recast(e.near),!(Ao.containsPoint(Vi.origin)===!1&&(Vi.intersectSphere(Ao,Lp)===null||Vi.origin.distanceToSquared(Lp)>(e.far-e.near)**2))&&(Ip.copy(s).invert(),Vi.copy(e.ray).applyMatrix4(Ip),!(i.boundingBox!==null&&Vi.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,Vi)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,l=s.attributes.position,c=s.attributes.uv,h=s.attributes.uv1,f=s.attributes.normal,u=s.groups,d=s.drawRange;if(o!==null)if(Array.isArray(a))for(let m=0,x=u.length;m<x;m++){let g=u[m],p=a[g.materialIndex],_=Math.max(g.start,d.start),E=Math.min(o.count,Math.min(g.start+g.count,d.start+d.count));for(let v=_,A=E;v<A;v+=3){let S=o.getX(v),b=o.getX(v+1),w=o.getX(v+2);r=Io(this,p,e,i,c,h,f,S,b,w),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let m=Math.max(0,d.start),x=Math.min(o.count,d.start+d.count);for(let g=m,p=x;g<p;g+=3){let _=o.getX(g),E=o.getX(g+1),v=o.getX(g+2);r=Io(this,a,e,i,c,h,f,_,E,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(l!==void 0)if(Array.isArray(a))for(let m=0,x=u.length;m<x;m++){let g=u[m],p=a[g.materialIndex],_=Math.max(g.start,d.start),E=Math.min(l.count,Math.min(g.start+g.count,d.start+d.count));for(let v=_,A=E;v<A;v+=3){let S=v,b=v+1,w=v+2;r=Io(this,p,e,i,c,h,f,S,b,w),r&&(r.faceIndex=Math.floor(v/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let m=Math.max(0,d.start),x=Math.min(l.count,d.start+d.count);for(let g=m,p=x;g<p;g+=3){let _=g,E=g+1,v=g+2;r=Io(this,a,e,i,c,h,f,_,E,v),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function By(n,e,t,i,r,s,a,o){let l;if(e.side===qt?l=i.intersectTriangle(a,s,r,!0,o):l=i.intersectTriangle(r,s,a,e.side===wi,o),l===null)return null;Po.copy(o),Po.applyMatrix4(n.matrixWorld);let c=t.ray.origin.distanceTo(Po);return c<t.near||c>t.far?null:{distance:c,point:Po.clone(),object:n}}function Io(n,e,t,i,r,s,a,o,l,c){n.getVertexPosition(o,Eo),n.getVertexPosition(l,To),n.getVertexPosition(c,Co);let h=By(n,e,t,i,Eo,To,Co,Np);if(h){let f=new V;gi.getBarycoord(Np,Eo,To,Co,f),r&&(h.uv=gi.getInterpolatedAttribute(r,o,l,c,f,new Fe)),s&&(h.uv1=gi.getInterpolatedAttribute(s,o,l,c,f,new Fe)),a&&(h.normal=gi.getInterpolatedAttribute(a,o,l,c,f,new V),h.normal.dot(i.direction)>0&&h.normal.multiplyScalar(-1));let u={a:o,b:l,c,normal:new V,materialIndex:0};gi.getNormal(Eo,To,Co,u.normal),h.face=u,h.barycoord=f}return h}var $s=class extends $t{constructor(e=null,t=1,i=1,r,s,a,o,l,c=It,h=It,f,u){super(null,a,o,l,c,h,r,s,f,u),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var Xs=class extends Mt{constructor(e,t,i,r=1){super(e,t,i),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=r}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},Or=new it,Dp=new it,Lo=[],Fp=new mn,ky=new it,Is=new Xt,Ls=new gn,$i=class extends Xt{constructor(e,t,i){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new Xs(new Float32Array(i*16),16),this.instanceColor=null,this.morphTexture=null,this.count=i,this.boundingBox=null,this.boundingSphere=null;for(let r=0;r<i;r++)this.setMatrixAt(r,ky)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new mn),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Or),Fp.copy(e.boundingBox).applyMatrix4(Or),this.boundingBox.union(Fp)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new gn),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let i=0;i<t;i++)this.getMatrixAt(i,Or),Ls.copy(e.boundingSphere).applyMatrix4(Or),this.boundingSphere.union(Ls)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let i=t.morphTargetInfluences,r=this.morphTexture.source.data.data,s=i.length+1,a=e*s+1;for(let o=0;o<i.length;o++)i[o]=r[a+o]}raycast(e,t){let i=this.matrixWorld,r=this.count;if(Is.geometry=this.geometry,Is.material=this.material,Is.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),Ls.copy(this.boundingSphere),Ls.applyMatrix4(i),e.ray.intersectsSphere(Ls)!==!1))for(let s=0;s<r;s++){this.getMatrixAt(s,Or),Dp.multiplyMatrices(i,Or),Is.matrixWorld=Dp,Is.raycast(e,Lo);for(let a=0,o=Lo.length;a<o;a++){let l=Lo[a];l.instanceId=s,l.object=this,t.push(l)}Lo.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new Xs(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let i=t.morphTargetInfluences,r=i.length+1;this.morphTexture===null&&(this.morphTexture=new $s(new Float32Array(r*this.count),r,this.count,Cl,xn));let s=this.morphTexture.source.data.data,a=0;for(let c=0;c<i.length;c++)a+=i[c];let o=this.geometry.morphTargetsRelative?1:1-a,l=r*e;return s[l]=o,s.set(i,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},Gi=new gn,zy=new Fe(.5,.5),No=new V,bi=class{constructor(e=new nn,t=new nn,i=new nn,r=new nn,s=new nn,a=new nn){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=pn,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],l=s[2],c=s[3],h=s[4],f=s[5],u=s[6],d=s[7],m=s[8],x=s[9],g=s[10],p=s[11],_=s[12],E=s[13],v=s[14],A=s[15];if(r[0].setComponents(c-a,d-h,p-m,A-_).normalize(),r[1].setComponents(c+a,d+h,p+m,A+_).normalize(),r[2].setComponents(c+o,d+f,p+x,A+E).normalize(),r[3].setComponents(c-o,d-f,p-x,A-E).normalize(),i)r[4].setComponents(l,u,g,v).normalize(),r[5].setComponents(c-l,d-u,p-g,A-v).normalize();else if(r[4].setComponents(c-l,d-u,p-g,A-v).normalize(),t===pn)r[5].setComponents(c+l,d+u,p+g,A+v).normalize();else if(t===Hr)r[5].setComponents(l,u,g,v).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Gi.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Gi.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Gi)}intersectsSprite(e){Gi.center.set(0,0,0);let t=zy.distanceTo(e.center);return Gi.radius=.7071067811865476+t,Gi.applyMatrix4(e.matrixWorld),this.intersectsSphere(Gi)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(No.x=r.normal.x>0?e.max.x:e.min.x,No.y=r.normal.y>0?e.max.y:e.min.y,No.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(No)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Up=new it,nl=class n{constructor(){this.coordinateSystem=pn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];Up.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new bi),i[r].setFromProjectionMatrix(Up,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new bi),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var xi=class extends Un{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new He(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},il=new V,rl=new V,Op=new it,Ns=new ei,Do=new gn,Uh=new V,Bp=new V,Kr=class extends Lt{constructor(e=new St,t=new xi){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)il.fromBufferAttribute(t,r-1),rl.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=il.distanceTo(rl);e.setAttribute("lineDistance",new Dt(i,1))}else Le("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),Do.copy(i.boundingSphere),Do.applyMatrix4(r),Do.radius+=s,e.ray.intersectsSphere(Do)===!1)return;Op.copy(r).invert(),Ns.copy(e.ray).applyMatrix4(Op);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=this.isLineSegments?2:1,h=i.index,u=i.attributes.position;if(h!==null){let d=Math.max(0,a.start),m=Math.min(h.count,a.start+a.count);for(let x=d,g=m-1;x<g;x+=c){let p=h.getX(x),_=h.getX(x+1),E=Fo(this,e,Ns,l,p,_,x);E&&t.push(E)}if(this.isLineLoop){let x=h.getX(m-1),g=h.getX(d),p=Fo(this,e,Ns,l,x,g,m-1);p&&t.push(p)}}else{let d=Math.max(0,a.start),m=Math.min(u.count,a.start+a.count);for(let x=d,g=m-1;x<g;x+=c){let p=Fo(this,e,Ns,l,x,x+1,x);p&&t.push(p)}if(this.isLineLoop){let x=Fo(this,e,Ns,l,m-1,d,m-1);x&&t.push(x)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function Fo(n,e,t,i,r,s,a){let o=n.geometry.attributes.position;if(il.fromBufferAttribute(o,r),rl.fromBufferAttribute(o,s),t.distanceSqToSegment(il,rl,Uh,Bp)>i)return;Uh.applyMatrix4(n.matrixWorld);let c=e.ray.origin.distanceTo(Uh);if(!(c<e.near||c>e.far))return{distance:c,point:Bp.clone().applyMatrix4(n.matrixWorld),index:a,face:null,faceIndex:null,barycoord:null,object:n}}var kp=new V,zp=new V,Zr=class extends Kr{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)kp.fromBufferAttribute(t,r),zp.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+kp.distanceTo(zp);e.setAttribute("lineDistance",new Dt(i,1))}else Le("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var Jr=class extends Un{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new He(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Vp=new it,Gh=new ei,Uo=new gn,Oo=new V,qs=class extends Lt{constructor(e=new St,t=new Jr){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),Uo.copy(i.boundingSphere),Uo.applyMatrix4(r),Uo.radius+=s,e.ray.intersectsSphere(Uo)===!1)return;Vp.copy(r).invert(),Gh.copy(e.ray).applyMatrix4(Vp);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),l=o*o,c=i.index,f=i.attributes.position;if(c!==null){let u=Math.max(0,a.start),d=Math.min(c.count,a.start+a.count);for(let m=u,x=d;m<x;m++){let g=c.getX(m);Oo.fromBufferAttribute(f,g),Gp(Oo,g,l,r,e,t,this)}}else{let u=Math.max(0,a.start),d=Math.min(f.count,a.start+a.count);for(let m=u,x=d;m<x;m++)Oo.fromBufferAttribute(f,m),Gp(Oo,m,l,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function Gp(n,e,t,i,r,s,a){let o=Gh.distanceSqToPoint(n);if(o<t){let l=new V;Gh.closestPointToPoint(n,l),l.applyMatrix4(i);let c=r.ray.origin.distanceTo(l);if(c<r.near||c>r.far)return;s.push({distance:c,distanceToRay:Math.sqrt(o),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var Ys=class extends $t{constructor(e=[],t=Ki,i,r,s,a,o,l,c,h){super(e,t,i,r,s,a,o,l,c,h),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},Ks=class extends $t{constructor(e,t,i,r,s,a,o,l,c){super(e,t,i,r,s,a,o,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var ti=class extends $t{constructor(e,t,i=Tn,r,s,a,o=It,l=It,c,h=jn,f=1){if(h!==jn&&h!==ii)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let u={width:e,height:t,depth:f};super(u,r,s,a,o,l,h,i,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Xr(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Zs=class extends ti{constructor(e,t=Tn,i=Ki,r,s,a=It,o=It,l,c=jn){let h={width:e,height:e,depth:1},f=[h,h,h,h,h,h];super(e,e,t,i,r,s,a,o,l,c),this.image=f,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Js=class extends $t{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},jr=class n extends St{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let l=[],c=[],h=[],f=[],u=0,d=0;m("z","y","x",-1,-1,i,t,e,a,s,0),m("z","y","x",1,-1,i,t,-e,a,s,1),m("x","z","y",1,1,e,i,t,r,a,2),m("x","z","y",1,-1,e,i,-t,r,a,3),m("x","y","z",1,-1,e,t,i,r,s,4),m("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(l),this.setAttribute("position",new Dt(c,3)),this.setAttribute("normal",new Dt(h,3)),this.setAttribute("uv",new Dt(f,2));function m(x,g,p,_,E,v,A,S,b,w,F){let R=v/b,P=A/w,L=v/2,U=A/2,C=S/2,N=b+1,H=w+1,k=0,J=0,z=new V;for(let X=0;X<H;X++){let B=X*P-U;for(let ie=0;ie<N;ie++){let be=ie*R-L;z[x]=be*_,z[g]=B*E,z[p]=C,c.push(z.x,z.y,z.z),z[x]=0,z[g]=0,z[p]=S>0?1:-1,h.push(z.x,z.y,z.z),f.push(ie/b),f.push(1-X/w),k+=1}}for(let X=0;X<w;X++)for(let B=0;B<b;B++){let ie=u+B+N*X,be=u+B+N*(X+1),q=u+(B+1)+N*(X+1),te=u+(B+1)+N*X;l.push(ie,be,te),l.push(be,q,te),J+=6}o.addGroup(d,J,F),d+=J,u+=k}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Xi=class n extends St{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),l=Math.floor(r),c=o+1,h=l+1,f=e/o,u=t/l,d=[],m=[],x=[],g=[];for(let p=0;p<h;p++){let _=p*u-a;for(let E=0;E<c;E++){let v=E*f-s;m.push(v,-_,0),x.push(0,0,1),g.push(E/o),g.push(1-p/l)}}for(let p=0;p<l;p++)for(let _=0;_<o;_++){let E=_+c*p,v=_+c*(p+1),A=_+1+c*(p+1),S=_+1+c*p;d.push(E,v,S),d.push(v,A,S)}this.setIndex(d),this.setAttribute("position",new Dt(m,3)),this.setAttribute("normal",new Dt(x,3)),this.setAttribute("uv",new Dt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};var js=class n extends St{constructor(e=1,t=32,i=16,r=0,s=Math.PI*2,a=0,o=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:i,phiStart:r,phiLength:s,thetaStart:a,thetaLength:o},t=Math.max(3,Math.floor(t)),i=Math.max(2,Math.floor(i));let l=Math.min(a+o,Math.PI),c=0,h=[],f=new V,u=new V,d=[],m=[],x=[],g=[];for(let p=0;p<=i;p++){let _=[],E=p/i,v=a+E*o,A=e*Math.cos(v),S=Math.sqrt(e*e-A*A),b=0;p===0&&a===0?b=.5/t:p===i&&l===Math.PI&&(b=-.5/t);for(let w=0;w<=t;w++){let F=w/t,R=r+F*s;f.x=-S*Math.cos(R),f.y=A,f.z=S*Math.sin(R),m.push(f.x,f.y,f.z),u.copy(f).normalize(),x.push(u.x,u.y,u.z),g.push(F+b,1-E),_.push(c++)}h.push(_)}for(let p=0;p<i;p++)for(let _=0;_<t;_++){let E=h[p][_+1],v=h[p][_],A=h[p+1][_],S=h[p+1][_+1];(p!==0||a>0)&&d.push(E,v,S),(p!==i-1||l<Math.PI)&&d.push(v,A,S)}this.setIndex(d),this.setAttribute("position",new Dt(m,3)),this.setAttribute("normal",new Dt(x,3)),this.setAttribute("uv",new Dt(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};function Ji(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(Hp(r))r.isRenderTargetTexture?(Le("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(Hp(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function zt(n){let e={};for(let t=0;t<n.length;t++){let i=Ji(n[t]);for(let r in i)e[r]=i[r]}return e}function Hp(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function Vy(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function Mu(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Qe.workingColorSpace}var Bm={clone:Ji,merge:zt},Gy=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,Hy=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,On=class extends Un{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Gy,this.fragmentShader=Hy,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=Ji(e.uniforms),this.uniformsGroups=Vy(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new He().setHex(r.value);break;case"v2":this.uniforms[i].value=new Fe().fromArray(r.value);break;case"v3":this.uniforms[i].value=new V().fromArray(r.value);break;case"v4":this.uniforms[i].value=new mt().fromArray(r.value);break;case"m3":this.uniforms[i].value=new ke().fromArray(r.value);break;case"m4":this.uniforms[i].value=new it().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},sl=class extends On{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Qs=class extends Un{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new He(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new He(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=lc,this.normalScale=new Fe(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Qn,this.combine=vl,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},al=class extends Un{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Mm,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},ol=class extends Un{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function Br(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function Bo(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var yi=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];e:{t:{let a;n:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break t}a=t.length;break n}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let l=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===l)break;if(r=s,s=t[--i-1],e>=s)break t}a=i,i=0;break n}break e}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},ll=class extends yi{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:kh,endingEnd:kh}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],l=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case zh:s=e,o=2*t-i;break;case Vh:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(l===void 0)switch(this.getSettings_().endingEnd){case zh:a=e,l=2*i-t;break;case Vh:a=1,l=i+r[1]-r[0];break;default:a=e-1,l=t}let c=(i-t)*.5,h=this.valueSize;this._weightPrev=c/(t-o),this._weightNext=c/(l-i),this._offsetPrev=s*h,this._offsetNext=a*h}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this._offsetPrev,f=this._offsetNext,u=this._weightPrev,d=this._weightNext,m=(i-t)/(r-t),x=m*m,g=x*m,p=-u*g+2*u*x-u*m,_=(1+u)*g+(-1.5-2*u)*x+(-.5+u)*m+1,E=(-1-d)*g+(1.5+d)*x+.5*m,v=d*g-d*x;for(let A=0;A!==o;++A)s[A]=p*a[h+A]+_*a[c+A]+E*a[l+A]+v*a[f+A];return s}},cl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=(i-t)/(r-t),f=1-h;for(let u=0;u!==o;++u)s[u]=a[c+u]*f+a[l+u]*h;return s}},hl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},ul=class extends yi{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=e*o,c=l-o,h=this.inTangents,f=this.outTangents;if(!h||!f){let m=(i-t)/(r-t),x=1-m;for(let g=0;g!==o;++g)s[g]=a[c+g]*x+a[l+g]*m;return s}let u=o*2,d=e-1;for(let m=0;m!==o;++m){let x=a[c+m],g=a[l+m],p=d*u+m*2,_=f[p],E=f[p+1],v=e*u+m*2,A=h[v],S=h[v+1],b=$y(i,t,_,A,r);s[m]=km(b,x,E,S,g)}return s}};function km(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function Wy(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function $y(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=km(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let l=Wy(s,e,t,i,r);if(Math.abs(l)<1e-10)break;s=Math.max(0,Math.min(1,s-o/l))}return s}var an=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=Br(t,this.TimeBufferType),this.values=Br(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:Br(e.times,Array),values:Br(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),Bo(e.settings)&&(i.settings={inTangents:Br(e.settings.inTangents,Array),outTangents:Br(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new hl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new cl(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new ll(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new ul(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Os:t=this.InterpolantFactoryMethodDiscrete;break;case jo:t=this.InterpolantFactoryMethodLinear;break;case Vo:t=this.InterpolantFactoryMethodSmooth;break;case Bh:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return Le("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Os;case this.InterpolantFactoryMethodLinear:return jo;case this.InterpolantFactoryMethodSmooth:return Vo;case this.InterpolantFactoryMethodBezier:return Bh}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;Bo(this.settings)&&(Wp(this.settings.inTangents,e),Wp(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;Bo(this.settings)&&($p(this.settings.inTangents,e),$p(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Be("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(Be("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let l=i[o];if(typeof l=="number"&&isNaN(l)){Be("KeyframeTrack: Time is not a valid number.",this,o,l),e=!1;break}if(a!==null&&a>l){Be("KeyframeTrack: Out of order keys.",this,o,l,a),e=!1;break}a=l}if(r!==void 0&&ay(r))for(let o=0,l=r.length;o!==l;++o){let c=r[o];if(isNaN(c)){Be("KeyframeTrack: Value is not a valid number.",this,o,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===Vo,s=e.length-1,a=1;for(let o=1;o<s;++o){let l=!1,c=e[o],h=e[o+1];if(c!==h&&(o!==1||c!==e[0]))if(r)l=!0;else{let f=o*i,u=f-i,d=f+i;for(let m=0;m!==i;++m){let x=t[f+m];if(x!==t[u+m]||x!==t[d+m]){l=!0;break}}}if(l){if(o!==a){e[a]=e[o];let f=o*i,u=a*i;for(let d=0;d!==i;++d)t[u+d]=t[f+d]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,l=a*i,c=0;c!==i;++c)t[l+c]=t[o+c];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,Bo(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function Wp(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function $p(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}an.prototype.ValueTypeName="";an.prototype.TimeBufferType=Float32Array;an.prototype.ValueBufferType=Float32Array;an.prototype.DefaultInterpolation=jo;var _i=class extends an{constructor(e,t,i){super(e,t,i)}};_i.prototype.ValueTypeName="bool";_i.prototype.ValueBufferType=Array;_i.prototype.DefaultInterpolation=Os;_i.prototype.InterpolantFactoryMethodLinear=void 0;_i.prototype.InterpolantFactoryMethodSmooth=void 0;var fl=class extends an{constructor(e,t,i,r){super(e,t,i,r)}};fl.prototype.ValueTypeName="color";var dl=class extends an{constructor(e,t,i,r){super(e,t,i,r)}};dl.prototype.ValueTypeName="number";var pl=class extends yi{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,l=(i-t)/(r-t),c=e*o;for(let h=c+o;c!==h;c+=4)rn.slerpFlat(s,0,a,c-o,a,c,l);return s}},ea=class extends an{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new pl(this.times,this.values,this.getValueSize(),e)}};ea.prototype.ValueTypeName="quaternion";ea.prototype.InterpolantFactoryMethodSmooth=void 0;var vi=class extends an{constructor(e,t,i){super(e,t,i)}};vi.prototype.ValueTypeName="string";vi.prototype.ValueBufferType=Array;vi.prototype.DefaultInterpolation=Os;vi.prototype.InterpolantFactoryMethodLinear=void 0;vi.prototype.InterpolantFactoryMethodSmooth=void 0;var ml=class extends an{constructor(e,t,i,r){super(e,t,i,r)}};ml.prototype.ValueTypeName="vector";var gl=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(h){o++,s===!1&&r.onStart!==void 0&&r.onStart(h,a,o),s=!0},this.itemEnd=function(h){a++,r.onProgress!==void 0&&r.onProgress(h,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(h){r.onError!==void 0&&r.onError(h)},this.resolveURL=function(h){return h=h.normalize("NFC"),l?l(h):h},this.setURLModifier=function(h){return l=h,this},this.addHandler=function(h,f){return c.push(h,f),this},this.removeHandler=function(h){let f=c.indexOf(h);return f!==-1&&c.splice(f,2),this},this.getHandler=function(h){for(let f=0,u=c.length;f<u;f+=2){let d=c[f],m=c[f+1];if(d.global&&(d.lastIndex=0),d.test(h))return m}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},zm=new gl,bl=class{constructor(e){this.manager=e!==void 0?e:zm,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};bl.DEFAULT_MATERIAL_NAME="__DEFAULT";var ta=class extends Lt{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new He(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}},na=class extends ta{constructor(e,t,i){super(e,i),this.isHemisphereLight=!0,this.type="HemisphereLight",this.position.copy(Lt.DEFAULT_UP),this.updateMatrix(),this.groundColor=new He(t)}copy(e,t){return super.copy(e,t),this.groundColor.copy(e.groundColor),this}toJSON(e){let t=super.toJSON(e);return t.object.groundColor=this.groundColor.getHex(),t}},Oh=new it,Xp=new V,qp=new V,xl=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Fe(512,512),this.mapType=Jt,this.map=null,this.mapPass=null,this.matrix=new it,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new bi,this._frameExtents=new Fe(1,1),this._viewportCount=1,this._viewports=[new mt(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;Xp.setFromMatrixPosition(e.matrixWorld),t.position.copy(Xp),qp.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(qp),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){Oh.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(Oh,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,l=r?r.x/s.x:0,c=r?r.y/s.y:0;e.coordinateSystem===Hr||e.reversedDepth?t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+l,0,.5*o,0,.5*o+c,0,0,.5,.5,0,0,0,1),t.multiply(Oh)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},ko=new V,zo=new rn,Dn=new V,ia=class extends Lt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new it,this.projectionMatrix=new it,this.projectionMatrixInverse=new it,this.coordinateSystem=pn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(ko,zo,Dn),Dn.x===1&&Dn.y===1&&Dn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(ko,zo,Dn.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(ko,zo,Dn),Dn.x===1&&Dn.y===1&&Dn.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(ko,zo,Dn.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},mi=new V,Yp=new Fe,Kp=new Fe,Ht=class extends ia{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=$r*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Fs*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return $r*2*Math.atan(Math.tan(Fs*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){mi.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(mi.x,mi.y).multiplyScalar(-e/mi.z),mi.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(mi.x,mi.y).multiplyScalar(-e/mi.z)}getViewSize(e,t){return this.getViewBounds(e,Yp,Kp),t.subVectors(Kp,Yp)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Fs*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let l=a.fullWidth,c=a.fullHeight;s+=a.offsetX*r/l,t-=a.offsetY*i/c,r*=a.width/l,i*=a.height/c}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var ra=class extends ia{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,l=r-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,h=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=c*this.view.offsetX,a=s+c*this.view.width,o-=h*this.view.offsetY,l=o-h*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},Hh=class extends xl{constructor(){super(new ra(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},sa=class extends ta{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Lt.DEFAULT_UP),this.updateMatrix(),this.target=new Lt,this.shadow=new Hh}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}};var kr=-90,zr=1,Qr=class extends Lt{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Ht(kr,zr,e,t);r.layers=this.layers,this.add(r);let s=new Ht(kr,zr,e,t);s.layers=this.layers,this.add(s);let a=new Ht(kr,zr,e,t);a.layers=this.layers,this.add(a);let o=new Ht(kr,zr,e,t);o.layers=this.layers,this.add(o);let l=new Ht(kr,zr,e,t);l.layers=this.layers,this.add(l);let c=new Ht(kr,zr,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,l]=t;for(let c of t)this.remove(c);if(e===pn)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Hr)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,l,c,h]=this.children,f=e.getRenderTarget(),u=e.getActiveCubeFace(),d=e.getActiveMipmapLevel(),m=e.xr.enabled;e.xr.enabled=!1;let x=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),i.texture.mipmapsAutoUpdate=x,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,h),e.setRenderTarget(f,u,d),e.xr.enabled=m,i.texture.needsPMREMUpdate=!0}},yl=class extends Ht{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Su="\\[\\]\\.:\\/",Xy=new RegExp("["+Su+"]","g"),wu="[^"+Su+"]",qy="[^"+Su.replace("\\.","")+"]",Yy=/((?:WC+[\/:])*)/.source.replace("WC",wu),Ky=/(WCOD+)?/.source.replace("WCOD",qy),Zy=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",wu),Jy=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",wu),jy=new RegExp("^"+Yy+Ky+Zy+Jy+"$"),Qy=["material","materials","bones","map"],Wh=class{constructor(e,t,i){let r=i||ft.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ft=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(Xy,"")}static parseTrackName(e){let t=jy.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);Qy.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let l=i(o.children);if(l)return l}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Le("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let c=t.objectIndex;switch(i){case"materials":if(!e.material){Be("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Be("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Be("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let h=0;h<e.length;h++)if(e[h].name===c){c=h;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Be("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Be("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){Be("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(c!==void 0){if(e[c]===void 0){Be("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let a=e[r];if(a===void 0){let c=t.nodeName;Be("PropertyBinding: Trying to update property for track: "+c+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){Be("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Be("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}l=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(l=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ft.Composite=Wh;ft.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ft.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ft.prototype.GetterByBindingType=[ft.prototype._getValue_direct,ft.prototype._getValue_array,ft.prototype._getValue_arrayElement,ft.prototype._getValue_toArray];ft.prototype.SetterByBindingTypeAndVersioning=[[ft.prototype._setValue_direct,ft.prototype._setValue_direct_setNeedsUpdate,ft.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_array,ft.prototype._setValue_array_setNeedsUpdate,ft.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_arrayElement,ft.prototype._setValue_arrayElement_setNeedsUpdate,ft.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ft.prototype._setValue_fromArray,ft.prototype._setValue_fromArray_setNeedsUpdate,ft.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var kT=new Float32Array(1);var Zp=new it,aa=class{constructor(e,t,i=0,r=1/0){this.ray=new ei(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new qr,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):Be("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Zp.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Zp),this}intersectObject(e,t=!0,i=[]){return $h(e,this,i,t),i.sort(Jp),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)$h(e[r],this,i,t);return i.sort(Jp),i}};function Jp(n,e){return n.distance-e.distance}function $h(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let a=0,o=s.length;a<o;a++)$h(s[a],e,t,!0)}}var es=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=Ke(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(Ke(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Pu=class Pu{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};Pu.prototype.isMatrix2=!0;var Xh=Pu;var oa=class extends En{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function Au(n,e,t,i){let r=e_(i);switch(t){case uu:return n*e;case Cl:return n*e/r.components*r.byteLength;case Rl:return n*e/r.components*r.byteLength;case Ai:return n*e*2/r.components*r.byteLength;case Pl:return n*e*2/r.components*r.byteLength;case fu:return n*e*3/r.components*r.byteLength;case Rn:return n*e*4/r.components*r.byteLength;case Il:return n*e*4/r.components*r.byteLength;case ha:case ua:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case fa:case da:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Nl:case Fl:return Math.max(n,16)*Math.max(e,8)/4;case Ll:case Dl:return Math.max(n,8)*Math.max(e,8)/2;case Ul:case Ol:case kl:case zl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Bl:case pa:case Vl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Gl:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Hl:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case Wl:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case $l:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case Xl:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case ql:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Yl:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case Kl:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case Zl:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case Jl:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case jl:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case Ql:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case ec:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case tc:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case nc:case ic:case rc:return Math.ceil(n/4)*Math.ceil(e/4)*16;case sc:case ac:return Math.ceil(n/4)*Math.ceil(e/4)*8;case ma:case oc:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function e_(n){switch(n){case Jt:case ou:return{byteLength:1,components:1};case rs:case lu:case Cn:return{byteLength:2,components:1};case El:case Tl:return{byteLength:2,components:4};case Tn:case Al:case xn:return{byteLength:4,components:1};case cu:case hu:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Le("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function lg(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function n_(n){let e=new WeakMap;function t(o,l){let c=o.array,h=o.usage,f=c.byteLength,u=n.createBuffer();n.bindBuffer(l,u),n.bufferData(l,c,h),o.onUploadCallback();let d;if(c instanceof Float32Array)d=n.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)d=n.HALF_FLOAT;else if(c instanceof Uint16Array)o.isFloat16BufferAttribute?d=n.HALF_FLOAT:d=n.UNSIGNED_SHORT;else if(c instanceof Int16Array)d=n.SHORT;else if(c instanceof Uint32Array)d=n.UNSIGNED_INT;else if(c instanceof Int32Array)d=n.INT;else if(c instanceof Int8Array)d=n.BYTE;else if(c instanceof Uint8Array)d=n.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)d=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:u,type:d,bytesPerElement:c.BYTES_PER_ELEMENT,version:o.version,size:f}}function i(o,l,c){let h=l.array,f=l.updateRanges;if(n.bindBuffer(c,o),f.length===0)n.bufferSubData(c,0,h);else{f.sort((d,m)=>d.start-m.start);let u=0;for(let d=1;d<f.length;d++){let m=f[u],x=f[d];x.start<=m.start+m.count+1?m.count=Math.max(m.count,x.start+x.count-m.start):(++u,f[u]=x)}f.length=u+1;for(let d=0,m=f.length;d<m;d++){let x=f[d];n.bufferSubData(c,x.start*h.BYTES_PER_ELEMENT,h,x.start,x.count)}l.clearUpdateRanges()}l.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let l=e.get(o);l&&(n.deleteBuffer(l.buffer),e.delete(o))}function a(o,l){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let h=e.get(o);(!h||h.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let c=e.get(o);if(c===void 0)e.set(o,t(o,l));else if(c.version<o.version){if(c.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(c.buffer,o,l),c.version=o.version}}return{get:r,remove:s,update:a}}var i_=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,r_=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,s_=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,a_=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,o_=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,l_=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,c_=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,h_=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,u_=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,f_=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,d_=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,p_=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,m_=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,g_=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,b_=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,x_=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,y_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,__=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,v_=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,M_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,S_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,w_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,A_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,E_=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,T_=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,C_=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,R_=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,P_=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,I_=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,L_="gl_FragColor = linearToOutputTexel( gl_FragColor );",N_=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,D_=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,F_=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,U_=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,O_=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,B_=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,k_=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,z_=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,V_=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,G_=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,H_=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,W_=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,$_=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,X_=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,q_=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,Y_=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,K_=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,Z_=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,J_=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,j_=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,Q_=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,ev=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,tv=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,nv=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,iv=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,rv=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,sv=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,av=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,ov=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,lv=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,cv=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,hv=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,uv=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,fv=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,dv=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,pv=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,mv=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,gv=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,bv=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,xv=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,yv=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,_v=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,vv=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Mv=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Sv=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,wv=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Av=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,Ev=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Tv=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,Cv=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,Rv=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Pv=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Iv=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Lv=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Nv=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,Dv=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Fv=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,Uv=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,Ov=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,Bv=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,kv=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,zv=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,Vv=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,Gv=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,Hv=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,Wv=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,$v=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,Xv=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,qv=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,Yv=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,Kv=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,Zv=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,Jv=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,jv=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,Qv=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,e1=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,t1=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,n1=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,i1=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,r1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,s1=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,a1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,o1=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,l1=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,c1=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,h1=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,u1=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,f1=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,d1=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,p1=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,m1=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,g1=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,b1=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,x1=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,y1=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,_1=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,v1=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,M1=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,S1=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,w1=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,A1=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,E1=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,T1=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,C1=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,R1=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,P1=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,I1=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,L1=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,N1=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,D1=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,F1=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Xe={alphahash_fragment:i_,alphahash_pars_fragment:r_,alphamap_fragment:s_,alphamap_pars_fragment:a_,alphatest_fragment:o_,alphatest_pars_fragment:l_,aomap_fragment:c_,aomap_pars_fragment:h_,batching_pars_vertex:u_,batching_vertex:f_,begin_vertex:d_,beginnormal_vertex:p_,bsdfs:m_,iridescence_fragment:g_,bumpmap_pars_fragment:b_,clipping_planes_fragment:x_,clipping_planes_pars_fragment:y_,clipping_planes_pars_vertex:__,clipping_planes_vertex:v_,color_fragment:M_,color_pars_fragment:S_,color_pars_vertex:w_,color_vertex:A_,common:E_,defaultnormal_vertex:T_,displacementmap_pars_vertex:C_,displacementmap_vertex:R_,emissivemap_fragment:P_,emissivemap_pars_fragment:I_,colorspace_fragment:L_,colorspace_pars_fragment:N_,envmap_fragment:D_,envmap_common_pars_fragment:F_,envmap_pars_fragment:U_,envmap_pars_vertex:O_,envmap_physical_pars_fragment:Y_,envmap_vertex:B_,fog_vertex:k_,fog_pars_vertex:z_,fog_fragment:V_,fog_pars_fragment:G_,gradientmap_pars_fragment:H_,lightmap_pars_fragment:W_,lights_lambert_fragment:$_,lights_lambert_pars_fragment:X_,lights_pars_begin:q_,lights_toon_fragment:K_,lights_toon_pars_fragment:Z_,lights_phong_fragment:J_,lights_phong_pars_fragment:j_,lights_physical_fragment:Q_,lights_physical_pars_fragment:ev,lights_fragment_begin:tv,lights_fragment_maps:nv,lights_fragment_end:iv,lightprobes_pars_fragment:rv,logdepthbuf_fragment:sv,logdepthbuf_pars_fragment:av,logdepthbuf_pars_vertex:ov,logdepthbuf_vertex:lv,map_fragment:cv,map_pars_fragment:hv,map_particle_fragment:uv,map_particle_pars_fragment:fv,metalnessmap_fragment:dv,metalnessmap_pars_fragment:pv,morphinstance_vertex:mv,morphcolor_vertex:gv,morphnormal_vertex:bv,morphtarget_pars_vertex:xv,morphtarget_vertex:yv,normal_fragment_begin:_v,normal_fragment_maps:vv,normal_pars_fragment:Mv,normal_pars_vertex:Sv,normal_vertex:wv,normalmap_pars_fragment:Av,clearcoat_normal_fragment_begin:Ev,clearcoat_normal_fragment_maps:Tv,clearcoat_pars_fragment:Cv,iridescence_pars_fragment:Rv,opaque_fragment:Pv,packing:Iv,premultiplied_alpha_fragment:Lv,project_vertex:Nv,dithering_fragment:Dv,dithering_pars_fragment:Fv,roughnessmap_fragment:Uv,roughnessmap_pars_fragment:Ov,shadowmap_pars_fragment:Bv,shadowmap_pars_vertex:kv,shadowmap_vertex:zv,shadowmask_pars_fragment:Vv,skinbase_vertex:Gv,skinning_pars_vertex:Hv,skinning_vertex:Wv,skinnormal_vertex:$v,specularmap_fragment:Xv,specularmap_pars_fragment:qv,tonemapping_fragment:Yv,tonemapping_pars_fragment:Kv,transmission_fragment:Zv,transmission_pars_fragment:Jv,uv_pars_fragment:jv,uv_pars_vertex:Qv,uv_vertex:e1,worldpos_vertex:t1,background_vert:n1,background_frag:i1,backgroundCube_vert:r1,backgroundCube_frag:s1,cube_vert:a1,cube_frag:o1,depth_vert:l1,depth_frag:c1,distance_vert:h1,distance_frag:u1,equirect_vert:f1,equirect_frag:d1,linedashed_vert:p1,linedashed_frag:m1,meshbasic_vert:g1,meshbasic_frag:b1,meshlambert_vert:x1,meshlambert_frag:y1,meshmatcap_vert:_1,meshmatcap_frag:v1,meshnormal_vert:M1,meshnormal_frag:S1,meshphong_vert:w1,meshphong_frag:A1,meshphysical_vert:E1,meshphysical_frag:T1,meshtoon_vert:C1,meshtoon_frag:R1,points_vert:P1,points_frag:I1,shadow_vert:L1,shadow_frag:N1,sprite_vert:D1,sprite_frag:F1},_e={common:{diffuse:{value:new He(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new ke},alphaMap:{value:null},alphaMapTransform:{value:new ke},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new ke}},envmap:{envMap:{value:null},envMapRotation:{value:new ke},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new ke}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new ke}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new ke},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new ke},normalScale:{value:new Fe(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new ke},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new ke}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new ke}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new ke}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new He(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new He(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new ke},alphaTest:{value:0},uvTransform:{value:new ke}},sprite:{diffuse:{value:new He(16777215)},opacity:{value:1},center:{value:new Fe(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new ke},alphaMap:{value:null},alphaMapTransform:{value:new ke},alphaTest:{value:0}}},zn={basic:{uniforms:zt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.fog]),vertexShader:Xe.meshbasic_vert,fragmentShader:Xe.meshbasic_frag},lambert:{uniforms:zt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new He(0)},envMapIntensity:{value:1}}]),vertexShader:Xe.meshlambert_vert,fragmentShader:Xe.meshlambert_frag},phong:{uniforms:zt([_e.common,_e.specularmap,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,_e.lights,{emissive:{value:new He(0)},specular:{value:new He(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Xe.meshphong_vert,fragmentShader:Xe.meshphong_frag},standard:{uniforms:zt([_e.common,_e.envmap,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.roughnessmap,_e.metalnessmap,_e.fog,_e.lights,{emissive:{value:new He(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Xe.meshphysical_vert,fragmentShader:Xe.meshphysical_frag},toon:{uniforms:zt([_e.common,_e.aomap,_e.lightmap,_e.emissivemap,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.gradientmap,_e.fog,_e.lights,{emissive:{value:new He(0)}}]),vertexShader:Xe.meshtoon_vert,fragmentShader:Xe.meshtoon_frag},matcap:{uniforms:zt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,_e.fog,{matcap:{value:null}}]),vertexShader:Xe.meshmatcap_vert,fragmentShader:Xe.meshmatcap_frag},points:{uniforms:zt([_e.points,_e.fog]),vertexShader:Xe.points_vert,fragmentShader:Xe.points_frag},dashed:{uniforms:zt([_e.common,_e.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Xe.linedashed_vert,fragmentShader:Xe.linedashed_frag},depth:{uniforms:zt([_e.common,_e.displacementmap]),vertexShader:Xe.depth_vert,fragmentShader:Xe.depth_frag},normal:{uniforms:zt([_e.common,_e.bumpmap,_e.normalmap,_e.displacementmap,{opacity:{value:1}}]),vertexShader:Xe.meshnormal_vert,fragmentShader:Xe.meshnormal_frag},sprite:{uniforms:zt([_e.sprite,_e.fog]),vertexShader:Xe.sprite_vert,fragmentShader:Xe.sprite_frag},background:{uniforms:{uvTransform:{value:new ke},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Xe.background_vert,fragmentShader:Xe.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new ke}},vertexShader:Xe.backgroundCube_vert,fragmentShader:Xe.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Xe.cube_vert,fragmentShader:Xe.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Xe.equirect_vert,fragmentShader:Xe.equirect_frag},distance:{uniforms:zt([_e.common,_e.displacementmap,{referencePosition:{value:new V},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Xe.distance_vert,fragmentShader:Xe.distance_frag},shadow:{uniforms:zt([_e.lights,_e.fog,{color:{value:new He(0)},opacity:{value:1}}]),vertexShader:Xe.shadow_vert,fragmentShader:Xe.shadow_frag}};zn.physical={uniforms:zt([zn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new ke},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new ke},clearcoatNormalScale:{value:new Fe(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new ke},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new ke},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new ke},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new ke},sheen:{value:0},sheenColor:{value:new He(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new ke},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new ke},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new ke},transmissionSamplerSize:{value:new Fe},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new ke},attenuationDistance:{value:0},attenuationColor:{value:new He(0)},specularColor:{value:new He(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new ke},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new ke},anisotropyVector:{value:new Fe},anisotropyMap:{value:null},anisotropyMapTransform:{value:new ke}}]),vertexShader:Xe.meshphysical_vert,fragmentShader:Xe.meshphysical_frag};var cc={r:0,b:0,g:0},U1=new it,cg=new ke;cg.set(-1,0,0,0,1,0,0,0,1);function O1(n,e,t,i,r,s){let a=new He(0),o=r===!0?0:1,l,c,h=null,f=0,u=null;function d(_){let E=_.isScene===!0?_.background:null;if(E&&E.isTexture){let v=_.backgroundBlurriness>0;E=e.get(E,v)}return E}function m(_){let E=!1,v=d(_);v===null?g(a,o):v&&v.isColor&&(g(v,1),E=!0);let A=n.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,s):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||E)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function x(_,E){let v=d(E);v&&v.isCubeTexture?(c===void 0&&(c=new Xt(new jr(1,1,1),new On({name:"BackgroundCubeMaterial",uniforms:Ji(zn.backgroundCube.uniforms),vertexShader:zn.backgroundCube.vertexShader,fragmentShader:zn.backgroundCube.fragmentShader,side:qt,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(A,S,b){this.matrixWorld.copyPosition(b.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(c)),c.material.uniforms.envMap.value=v,c.material.uniforms.backgroundBlurriness.value=E.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=E.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(U1.makeRotationFromEuler(E.backgroundRotation)).transpose(),v.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(cg),c.material.toneMapped=Qe.getTransfer(v.colorSpace)!==at,(h!==v||f!==v.version||u!==n.toneMapping)&&(c.material.needsUpdate=!0,h=v,f=v.version,u=n.toneMapping),c.layers.enableAll(),_.unshift(c,c.geometry,c.material,0,0,null)):v&&v.isTexture&&(l===void 0&&(l=new Xt(new Xi(2,2),new On({name:"BackgroundMaterial",uniforms:Ji(zn.background.uniforms),vertexShader:zn.background.vertexShader,fragmentShader:zn.background.fragmentShader,side:wi,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(l)),l.material.uniforms.t2D.value=v,l.material.uniforms.backgroundIntensity.value=E.backgroundIntensity,l.material.toneMapped=Qe.getTransfer(v.colorSpace)!==at,v.matrixAutoUpdate===!0&&v.updateMatrix(),l.material.uniforms.uvTransform.value.copy(v.matrix),(h!==v||f!==v.version||u!==n.toneMapping)&&(l.material.needsUpdate=!0,h=v,f=v.version,u=n.toneMapping),l.layers.enableAll(),_.unshift(l,l.geometry,l.material,0,0,null))}function g(_,E){_.getRGB(cc,Mu(n)),t.buffers.color.setClear(cc.r,cc.g,cc.b,E,s)}function p(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return a},setClearColor:function(_,E=1){a.set(_),o=E,g(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(_){o=_,g(a,o)},render:m,addToRenderList:x,dispose:p}}function B1(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=u(null),s=r,a=!1;function o(P,L,U,C,N){let H=!1,k=f(P,C,U,L);s!==k&&(s=k,c(s.object)),H=d(P,C,U,N),H&&m(P,C,U,N),N!==null&&e.update(N,n.ELEMENT_ARRAY_BUFFER),(H||a)&&(a=!1,v(P,L,U,C),N!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(N).buffer))}function l(){return n.createVertexArray()}function c(P){return n.bindVertexArray(P)}function h(P){return n.deleteVertexArray(P)}function f(P,L,U,C){let N=C.wireframe===!0,H=i[L.id];H===void 0&&(H={},i[L.id]=H);let k=P.isInstancedMesh===!0?P.id:0,J=H[k];J===void 0&&(J={},H[k]=J);let z=J[U.id];z===void 0&&(z={},J[U.id]=z);let X=z[N];return X===void 0&&(X=u(l()),z[N]=X),X}function u(P){let L=[],U=[],C=[];for(let N=0;N<t;N++)L[N]=0,U[N]=0,C[N]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:L,enabledAttributes:U,attributeDivisors:C,object:P,attributes:{},index:null}}function d(P,L,U,C){let N=s.attributes,H=L.attributes,k=0,J=U.getAttributes();for(let z in J)if(J[z].location>=0){let B=N[z],ie=H[z];if(ie===void 0&&(z==="instanceMatrix"&&P.instanceMatrix&&(ie=P.instanceMatrix),z==="instanceColor"&&P.instanceColor&&(ie=P.instanceColor)),B===void 0||B.attribute!==ie||ie&&B.data!==ie.data)return!0;k++}return s.attributesNum!==k||s.index!==C}function m(P,L,U,C){let N={},H=L.attributes,k=0,J=U.getAttributes();for(let z in J)if(J[z].location>=0){let B=H[z];B===void 0&&(z==="instanceMatrix"&&P.instanceMatrix&&(B=P.instanceMatrix),z==="instanceColor"&&P.instanceColor&&(B=P.instanceColor));let ie={};ie.attribute=B,B&&B.data&&(ie.data=B.data),N[z]=ie,k++}s.attributes=N,s.attributesNum=k,s.index=C}function x(){let P=s.newAttributes;for(let L=0,U=P.length;L<U;L++)P[L]=0}function g(P){p(P,0)}function p(P,L){let U=s.newAttributes,C=s.enabledAttributes,N=s.attributeDivisors;U[P]=1,C[P]===0&&(n.enableVertexAttribArray(P),C[P]=1),N[P]!==L&&(n.vertexAttribDivisor(P,L),N[P]=L)}function _(){let P=s.newAttributes,L=s.enabledAttributes;for(let U=0,C=L.length;U<C;U++)L[U]!==P[U]&&(n.disableVertexAttribArray(U),L[U]=0)}function E(P,L,U,C,N,H,k){k===!0?n.vertexAttribIPointer(P,L,U,N,H):n.vertexAttribPointer(P,L,U,C,N,H)}function v(P,L,U,C){x();let N=C.attributes,H=U.getAttributes(),k=L.defaultAttributeValues;for(let J in H){let z=H[J];if(z.location>=0){let X=N[J];if(X===void 0&&(J==="instanceMatrix"&&P.instanceMatrix&&(X=P.instanceMatrix),J==="instanceColor"&&P.instanceColor&&(X=P.instanceColor)),X!==void 0){let B=X.normalized,ie=X.itemSize,be=e.get(X);if(be===void 0)continue;let q=be.buffer,te=be.type,ae=be.bytesPerElement,le=te===n.INT||te===n.UNSIGNED_INT||X.gpuType===Al;if(X.isInterleavedBufferAttribute){let ne=X.data,Se=ne.isInterleavedBuffer===!0?ne.stride:ne.itemSize,qe=X.offset;if(ne.isInstancedInterleavedBuffer||ne.isInstancedBufferAttribute){for(let Te=0;Te<z.locationSize;Te++)p(z.location+Te,ne.meshPerAttribute);P.isInstancedMesh!==!0&&C._maxInstanceCount===void 0&&(C._maxInstanceCount=ne.meshPerAttribute*ne.count)}else for(let Te=0;Te<z.locationSize;Te++)g(z.location+Te);n.bindBuffer(n.ARRAY_BUFFER,q);for(let Te=0;Te<z.locationSize;Te++)E(z.location+Te,ie/z.locationSize,te,B,Se*ae,(qe+ie/z.locationSize*Te)*ae,le)}else{if(X.isInstancedBufferAttribute){for(let ne=0;ne<z.locationSize;ne++)p(z.location+ne,X.meshPerAttribute);P.isInstancedMesh!==!0&&C._maxInstanceCount===void 0&&(C._maxInstanceCount=X.meshPerAttribute*X.count)}else for(let ne=0;ne<z.locationSize;ne++)g(z.location+ne);n.bindBuffer(n.ARRAY_BUFFER,q);for(let ne=0;ne<z.locationSize;ne++)E(z.location+ne,ie/z.locationSize,te,B,ie*ae,ie/z.locationSize*ne*ae,le)}}else if(k!==void 0){let B=k[J];if(B!==void 0)switch(B.length){case 2:n.vertexAttrib2fv(z.location,B);break;case 3:n.vertexAttrib3fv(z.location,B);break;case 4:n.vertexAttrib4fv(z.location,B);break;default:n.vertexAttrib1fv(z.location,B)}}}}_()}function A(){F();for(let P in i){let L=i[P];for(let U in L){let C=L[U];for(let N in C){let H=C[N];for(let k in H)h(H[k].object),delete H[k];delete C[N]}}delete i[P]}}function S(P){if(i[P.id]===void 0)return;let L=i[P.id];for(let U in L){let C=L[U];for(let N in C){let H=C[N];for(let k in H)h(H[k].object),delete H[k];delete C[N]}}delete i[P.id]}function b(P){for(let L in i){let U=i[L];for(let C in U){let N=U[C];if(N[P.id]===void 0)continue;let H=N[P.id];for(let k in H)h(H[k].object),delete H[k];delete N[P.id]}}}function w(P){for(let L in i){let U=i[L],C=P.isInstancedMesh===!0?P.id:0,N=U[C];if(N!==void 0){for(let H in N){let k=N[H];for(let J in k)h(k[J].object),delete k[J];delete N[H]}delete U[C],Object.keys(U).length===0&&delete i[L]}}}function F(){R(),a=!0,s!==r&&(s=r,c(s.object))}function R(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:F,resetDefaultState:R,dispose:A,releaseStatesOfGeometry:S,releaseStatesOfObject:w,releaseStatesOfProgram:b,initAttributes:x,enableAttribute:g,disableUnusedAttributes:_}}function k1(n,e,t){let i;function r(l){i=l}function s(l,c){n.drawArrays(i,l,c),t.update(c,i,1)}function a(l,c,h){h!==0&&(n.drawArraysInstanced(i,l,c,h),t.update(c,i,h))}function o(l,c,h){if(h===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,l,0,c,0,h);let u=0;for(let d=0;d<h;d++)u+=c[d];t.update(u,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function z1(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let b=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(b.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(b){return!(b!==Rn&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(b){let w=b===Cn&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(b!==Jt&&b!==xn&&!w&&i.convert(b)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function l(b){if(b==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";b="mediump"}return b==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",h=l(c);h!==c&&(Le("WebGLRenderer:",c,"not supported, using",h,"instead."),c=h);let f=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),u=t.logarithmicDepthBuffer===!0&&f===!1;t.reversedDepthBuffer===!0&&f===!1&&Le("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&f===!0&&Le("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let d=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),m=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),x=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),p=n.getParameter(n.MAX_VERTEX_ATTRIBS),_=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),E=n.getParameter(n.MAX_VARYING_VECTORS),v=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),A=n.getParameter(n.MAX_SAMPLES),S=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:l,textureFormatReadable:a,textureTypeReadable:o,precision:c,logarithmicDepthBuffer:u,reversedDepthBuffer:f,maxTextures:d,maxVertexTextures:m,maxTextureSize:x,maxCubemapSize:g,maxAttributes:p,maxVertexUniforms:_,maxVaryings:E,maxFragmentUniforms:v,maxSamples:A,samples:S}}function V1(n){let e=this,t=null,i=0,r=!1,s=!1,a=new nn,o=new ke,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(f,u){let d=f.length!==0||u||i!==0||r;return r=u,i=f.length,d},this.beginShadows=function(){s=!0,h(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(f,u){t=h(f,u,0)},this.setState=function(f,u,d){let m=f.clippingPlanes,x=f.clipIntersection,g=f.clipShadows,p=n.get(f);if(!r||m===null||m.length===0||s&&!g)s?h(null):c();else{let _=s?0:i,E=_*4,v=p.clippingState||null;l.value=v,v=h(m,u,E,d);for(let A=0;A!==E;++A)v[A]=t[A];p.clippingState=v,this.numIntersection=x?this.numPlanes:0,this.numPlanes+=_}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function h(f,u,d,m){let x=f!==null?f.length:0,g=null;if(x!==0){if(g=l.value,m!==!0||g===null){let p=d+x*4,_=u.matrixWorldInverse;o.getNormalMatrix(_),(g===null||g.length<p)&&(g=new Float32Array(p));for(let E=0,v=d;E!==x;++E,v+=4)a.copy(f[E]).applyMatrix4(_,o),a.normal.toArray(g,v),g[v+3]=a.constant}l.value=g,l.needsUpdate=!0}return e.numPlanes=x,e.numIntersection=0,g}}var xa=class extends sn{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new Ys(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new jr(5,5,5),s=new On({name:"CubemapFromEquirect",uniforms:Ji(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:qt,blending:qi});s.uniforms.tEquirect.value=t;let a=new Xt(r,s),o=t.minFilter;return t.minFilter===ni&&(t.minFilter=Wt),new Qr(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},Vm=256,G1=3,H1=20,hg=256,ug=16,W1=3,$1=new V,X1=new He,uc=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Qr(1,10,null),this._boxMesh=new Xt(new jr(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=$1}=s,l=this._renderer;this._setSize(a);let c=this._allocateTarget(),h=this._getSourceTarget(!0);t>0&&(h.texture.mipmapsAutoUpdate=!1);let f=l.autoClear,u=l.autoClearColor,d=l.autoClearDepth,m=l.autoClearStencil,x=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,x===null&&(e.background=l.getClearColor(X1));let g=new Qr(i,r,h);return g.position.copy(o),g.update(l,e),l.autoClear=f,l.autoClearColor=u,l.autoClearDepth=d,l.autoClearStencil=m,e.background=x,t>0&&(h.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Wm(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Hm(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Vm,yu(e))}_fromTexture(e,t){e.mapping===Ki||e.mapping===is?this._setSize(e.image.length===0?Vm:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=Gm(e,!1,!1),i=Math.log2(e)-G1;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=Gm(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===Ki||e.mapping===is?(this._cubemapMaterial===null&&(this._cubemapMaterial=Wm()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Hm()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=q1(),this._integrationMaterial=Y1());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/ug);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-W1)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let l=o>0?Math.log2(t)+.5*Math.log2(6/(hg*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=l,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=K1());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function Gm(n,e,t){return new xa(n,{minFilter:ni,generateMipmaps:e,type:Cn,colorSpace:Bs,depthBuffer:t})}function ya(n,e,t){return new On({name:n,uniforms:e,vertexShader:Xe.cube_vert,fragmentShader:t,side:qt,blending:qi,depthTest:!1,depthWrite:!1})}function q1(){return ya("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${hg}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function Y1(){return ya("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:ug}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function K1(){return ya("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${H1}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Hm(){return ya("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function Wm(){return ya("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function Z1(n){let e=new WeakMap,t=new WeakMap,i=null;function r(u,d=!1){return u==null?null:d?a(u):s(u)}function s(u){if(u&&u.isTexture){let d=u.mapping;if(d===Ml||d===Sl)if(e.has(u)){let m=e.get(u).texture;return o(m,u.mapping)}else{let m=u.image;if(m&&m.height>0){let x=new xa(m.height);return x.fromEquirectangularTexture(n,u),e.set(u,x),u.addEventListener("dispose",c),o(x.texture,u.mapping)}else return null}}return u}function a(u){if(u&&u.isTexture&&u.isPMREMTexture!==!0){let d=u.mapping,m=d===Ml||d===Sl,x=d===Ki||d===is;if(m||x){let g=t.get(u),p=g!==void 0?g.texture.pmremVersion:0;if(u.isRenderTargetTexture&&u.pmremVersion!==p)return i===null&&(i=new uc(n)),g=m?i.fromEquirectangular(u,g):i.fromCubemap(u,g),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),g.texture;if(g!==void 0)return g.texture;{let _=u.image;return m&&_&&_.height>0||x&&_&&l(_)?(i===null&&(i=new uc(n)),g=m?i.fromEquirectangular(u):i.fromCubemap(u),g.texture.pmremVersion=u.pmremVersion,t.set(u,g),u.addEventListener("dispose",h),g.texture):null}}}return u}function o(u,d){return d===Ml?u.mapping=Ki:d===Sl&&(u.mapping=is),u}function l(u){let d=0,m=6;for(let x=0;x<m;x++)u[x]!==void 0&&d++;return d===m}function c(u){let d=u.target;d.removeEventListener("dispose",c);let m=e.get(d);m!==void 0&&(e.delete(d),m.dispose())}function h(u){let d=u.target;d.removeEventListener("dispose",h);let m=t.get(d);m!==void 0&&(t.delete(d),m.dispose())}function f(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:f}}function J1(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&Ds("WebGLRenderer: "+i+" extension not supported."),r}}}function j1(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(m=>delete r[m]);function o(m){l(m.target)}function l(m){m.index!==null&&e.remove(m.index);for(let g in m.attributes)e.remove(m.attributes[g]);m.removeEventListener("dispose",o),delete r[m.id],a.unregister(m);let x=s.get(m);x&&(e.remove(x),s.delete(m)),i.releaseStatesOfGeometry(m),m.isInstancedBufferGeometry===!0&&delete m._maxInstanceCount,t.memory.geometries--}function c(m,x){return r[x.id]!==void 0||(x.addEventListener("dispose",o),r[x.id]=new WeakRef(x),a.register(x,x.id,x),t.memory.geometries++),x}function h(m){let x=m.attributes;for(let g in x)e.update(x[g],n.ARRAY_BUFFER)}function f(m){let x=m.index,g=m.attributes.position,p=0;if(g===void 0)return;let _=x!==null?x.array.length:g.array.length/3-1,E=g.count>=65535?Ws:Hs,v=new E(Math.ceil(_/3)*6,1),A=v.array;if(x!==null){let b=x.array;p=x.version;for(let w=0,F=0;w<_;w+=3){let R=b[w+0],P=b[w+1],L=b[w+2];A[F++]=R,A[F++]=P,A[F++]=P,A[F++]=L,A[F++]=L,A[F++]=R}}else{p=g.version;for(let b=0,w=0;b<_;b+=3){let F=b+0,R=b+1,P=b+2;A[w++]=F,A[w++]=R,A[w++]=R,A[w++]=P,A[w++]=P,A[w++]=F}}v.version=p;let S=s.get(m);S&&e.remove(S),s.set(m,v)}function u(m){let x=s.get(m);if(x){let g=m.index;g!==null&&x.version<g.version&&f(m)}else f(m);return s.get(m)}function d(){for(let m in r){let x=r[m].deref();x!==void 0&&l(x)}}return{get:c,update:h,getWireframeAttribute:u,dispose:d}}function Q1(n,e,t){let i;function r(f){i=f}let s,a;function o(f){s=f.type,a=f.bytesPerElement}function l(f,u){n.drawElements(i,u,s,f*a),t.update(u,i,1)}function c(f,u,d){d!==0&&(n.drawElementsInstanced(i,u,s,f*a,d),t.update(u,i,d))}function h(f,u,d){if(d===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,u,0,s,f,0,d);let x=0;for(let g=0;g<d;g++)x+=u[g];t.update(x,i,1)}this.setMode=r,this.setIndex=o,this.render=l,this.renderInstances=c,this.renderMultiDraw=h}function eM(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:Be("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function tM(n,e,t){let i=new WeakMap,r=new mt;function s(a,o,l){let c=a.morphTargetInfluences,h=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,f=h!==void 0?h.length:0,u=i.get(o);if(u===void 0||u.count!==f){let F=function(){b.dispose(),i.delete(o),o.removeEventListener("dispose",F)};u!==void 0&&u.texture.dispose();let d=o.morphAttributes.position!==void 0,m=o.morphAttributes.normal!==void 0,x=o.morphAttributes.color!==void 0,g=o.morphAttributes.position||[],p=o.morphAttributes.normal||[],_=o.morphAttributes.color||[],E=0;d===!0&&(E=1),m===!0&&(E=2),x===!0&&(E=3);let v=o.attributes.position.count*E,A=1;v>e.maxTextureSize&&(A=Math.ceil(v/e.maxTextureSize),v=e.maxTextureSize);let S=new Float32Array(v*A*4*f),b=new Vs(S,v,A,f);b.type=xn,b.needsUpdate=!0;let w=E*4;for(let R=0;R<f;R++){let P=g[R],L=p[R],U=_[R],C=v*A*4*R;for(let N=0;N<P.count;N++){let H=N*w;d===!0&&(r.fromBufferAttribute(P,N),S[C+H+0]=r.x,S[C+H+1]=r.y,S[C+H+2]=r.z,S[C+H+3]=0),m===!0&&(r.fromBufferAttribute(L,N),S[C+H+4]=r.x,S[C+H+5]=r.y,S[C+H+6]=r.z,S[C+H+7]=0),x===!0&&(r.fromBufferAttribute(U,N),S[C+H+8]=r.x,S[C+H+9]=r.y,S[C+H+10]=r.z,S[C+H+11]=U.itemSize===4?r.w:1)}}u={count:f,texture:b,size:new Fe(v,A)},i.set(o,u),o.addEventListener("dispose",F)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)l.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let d=0;for(let x=0;x<c.length;x++)d+=c[x];let m=o.morphTargetsRelative?1:1-d;l.getUniforms().setValue(n,"morphTargetBaseInfluence",m),l.getUniforms().setValue(n,"morphTargetInfluences",c)}l.getUniforms().setValue(n,"morphTargetsTexture",u.texture,t),l.getUniforms().setValue(n,"morphTargetsTextureSize",u.size)}return{update:s}}function nM(n,e,t,i,r){let s=new WeakMap;function a(c){let h=r.render.frame,f=c.geometry,u=e.get(c,f);if(s.get(u)!==h&&(e.update(u),s.set(u,h)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),s.get(c)!==h&&(t.update(c.instanceMatrix,n.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,n.ARRAY_BUFFER),s.set(c,h))),c.isSkinnedMesh){let d=c.skeleton;s.get(d)!==h&&(d.update(),s.set(d,h))}return u}function o(){s=new WeakMap}function l(c){let h=c.target;h.removeEventListener("dispose",l),i.releaseStatesOfObject(h),t.remove(h.instanceMatrix),h.instanceColor!==null&&t.remove(h.instanceColor)}return{update:a,dispose:o}}var iM={[Qh]:"LINEAR_TONE_MAPPING",[eu]:"REINHARD_TONE_MAPPING",[tu]:"CINEON_TONE_MAPPING",[nu]:"ACES_FILMIC_TONE_MAPPING",[ru]:"AGX_TONE_MAPPING",[su]:"NEUTRAL_TONE_MAPPING",[iu]:"CUSTOM_TONE_MAPPING"};function rM(n,e,t,i,r,s){let a=new sn(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,l=null,c=null,h=new St;h.setAttribute("position",new Dt([-1,3,0,-1,-1,0,3,-1,0],3)),h.setAttribute("uv",new Dt([0,2,0,0,2,0],2));let f=new sl({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),u=new Xt(h,f),d=new ra(-1,1,1,-1,0,1),m=null,x=null,g=!1,p,_=null,E=[],v=!1;this.setSize=function(A,S){a.setSize(A,S),o!==null&&o.setSize(A,S),l!==null&&l.setSize(A,S);for(let b=0;b<E.length;b++){let w=E[b];w.setSize&&w.setSize(A,S)}},this.setEffects=function(A){E=A,v=E.length>0&&E[0].isRenderPass===!0;let S=a.width,b=a.height;E.length>0&&o===null&&(o=new sn(S,b,{type:Cn,depthBuffer:!1,stencilBuffer:!1}),l=new sn(S,b,{type:Cn,depthBuffer:!1,stencilBuffer:!1}));let w=r===!0&&E.some(F=>F.needsDepthTexture===!0);w!==(a.depthTexture!==null)&&(w===!0&&c===null&&(c=new ti(S,b),s===!0&&(c.format=ii,c.type=Zi)),a.dispose(),a.depthTexture=w?c:null,a.resolveDepthBuffer=w,a.storeMultisampledDepthBuffer=w);for(let F=0;F<E.length;F++){let R=E[F];R.setSize&&R.setSize(S,b),w&&R.needsDepthTexture===!0&&R.setDepthTexture&&R.setDepthTexture(c)}},this.begin=function(A,S){if(g||A.toneMapping===Bn&&E.length===0)return!1;if(_=S,S!==null){let b=S.width,w=S.height;(a.width!==b||a.height!==w)&&this.setSize(b,w)}return v===!1&&A.setRenderTarget(a),p=A.toneMapping,A.toneMapping=Bn,!0},this.hasRenderPass=function(){return v},this.end=function(A,S){A.toneMapping=p,g=!0;let b=a,w=o;for(let F=0;F<E.length;F++){let R=E[F];R.enabled!==!1&&(R.render(A,w,b,S),R.needsSwap!==!1&&(b=w,w=w===o?l:o))}if(m!==A.outputColorSpace||x!==A.toneMapping){m=A.outputColorSpace,x=A.toneMapping,f.defines={},Qe.getTransfer(m)===at&&(f.defines.SRGB_TRANSFER="");let F=iM[x];F&&(f.defines[F]=""),f.needsUpdate=!0}f.uniforms.tDiffuse.value=b.texture,A.setRenderTarget(_),A.render(u,d),_=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),l!==null&&l.dispose(),h.dispose(),f.dispose()}}var fg=new $t,dg=new ti(1,1),pg=new Zs(1),mg=new Vs,gg=new tl,bg=new Ys,$m=[],Xm=[],qm=new Float32Array(16),Ym=new Float32Array(9),Km=new Float32Array(4);function os(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=$m[r];if(s===void 0&&(s=new Float32Array(r),$m[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function wt(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function At(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function dc(n,e){let t=Xm[e];t===void 0&&(t=new Int32Array(e),Xm[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function sM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function aM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(wt(t,e))return;n.uniform2fv(this.addr,e),At(t,e)}}function oM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(wt(t,e))return;n.uniform3fv(this.addr,e),At(t,e)}}function lM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(wt(t,e))return;n.uniform4fv(this.addr,e),At(t,e)}}function cM(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(wt(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),At(t,e)}else{if(wt(t,i))return;Km.set(i),n.uniformMatrix2fv(this.addr,!1,Km),At(t,i)}}function hM(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(wt(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),At(t,e)}else{if(wt(t,i))return;Ym.set(i),n.uniformMatrix3fv(this.addr,!1,Ym),At(t,i)}}function uM(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(wt(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),At(t,e)}else{if(wt(t,i))return;qm.set(i),n.uniformMatrix4fv(this.addr,!1,qm),At(t,i)}}function fM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function dM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(wt(t,e))return;n.uniform2iv(this.addr,e),At(t,e)}}function pM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(wt(t,e))return;n.uniform3iv(this.addr,e),At(t,e)}}function mM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(wt(t,e))return;n.uniform4iv(this.addr,e),At(t,e)}}function gM(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function bM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(wt(t,e))return;n.uniform2uiv(this.addr,e),At(t,e)}}function xM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(wt(t,e))return;n.uniform3uiv(this.addr,e),At(t,e)}}function yM(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(wt(t,e))return;n.uniform4uiv(this.addr,e),At(t,e)}}function pc(n){return n.version===0&&(n.compareFunction=mu,n.needsUpdate=!0),n}function _M(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=pc(dg):s=fg,t.setTexture2D(e||s,r)}function vM(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||gg,r)}function MM(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=pc(pg):s=bg,t.setTextureCube(e||s,r)}function SM(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||mg,r)}function wM(n){switch(n){case 5126:return sM;case 35664:return aM;case 35665:return oM;case 35666:return lM;case 35674:return cM;case 35675:return hM;case 35676:return uM;case 5124:case 35670:return fM;case 35667:case 35671:return dM;case 35668:case 35672:return pM;case 35669:case 35673:return mM;case 5125:return gM;case 36294:return bM;case 36295:return xM;case 36296:return yM;case 35678:case 36198:case 36298:case 36306:case 35682:return _M;case 35679:case 36299:case 36307:return vM;case 35680:case 36300:case 36308:case 36293:return MM;case 36289:case 36303:case 36311:case 36292:return SM}}function AM(n,e){n.uniform1fv(this.addr,e)}function EM(n,e){let t=os(e,this.size,2);n.uniform2fv(this.addr,t)}function TM(n,e){let t=os(e,this.size,3);n.uniform3fv(this.addr,t)}function CM(n,e){let t=os(e,this.size,4);n.uniform4fv(this.addr,t)}function RM(n,e){let t=os(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function PM(n,e){let t=os(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function IM(n,e){let t=os(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function LM(n,e){n.uniform1iv(this.addr,e)}function NM(n,e){n.uniform2iv(this.addr,e)}function DM(n,e){n.uniform3iv(this.addr,e)}function FM(n,e){n.uniform4iv(this.addr,e)}function UM(n,e){n.uniform1uiv(this.addr,e)}function OM(n,e){n.uniform2uiv(this.addr,e)}function BM(n,e){n.uniform3uiv(this.addr,e)}function kM(n,e){n.uniform4uiv(this.addr,e)}function zM(n,e,t){let i=this.cache,r=e.length,s=dc(t,r);wt(i,s)||(n.uniform1iv(this.addr,s),At(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=pc(dg):a=fg;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function VM(n,e,t){let i=this.cache,r=e.length,s=dc(t,r);wt(i,s)||(n.uniform1iv(this.addr,s),At(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||gg,s[a])}function GM(n,e,t){let i=this.cache,r=e.length,s=dc(t,r);wt(i,s)||(n.uniform1iv(this.addr,s),At(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=pc(pg):a=bg;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function HM(n,e,t){let i=this.cache,r=e.length,s=dc(t,r);wt(i,s)||(n.uniform1iv(this.addr,s),At(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||mg,s[a])}function WM(n){switch(n){case 5126:return AM;case 35664:return EM;case 35665:return TM;case 35666:return CM;case 35674:return RM;case 35675:return PM;case 35676:return IM;case 5124:case 35670:return LM;case 35667:case 35671:return NM;case 35668:case 35672:return DM;case 35669:case 35673:return FM;case 5125:return UM;case 36294:return OM;case 36295:return BM;case 36296:return kM;case 35678:case 36198:case 36298:case 36306:case 35682:return zM;case 35679:case 36299:case 36307:return VM;case 35680:case 36300:case 36308:case 36293:return GM;case 36289:case 36303:case 36311:case 36292:return HM}}var Nu=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=wM(t.type)}},Du=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=WM(t.type)}},Fu=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},Iu=/(\w+)(\])?(\[|\.)?/g;function Zm(n,e){n.seq.push(e),n.map[e.id]=e}function $M(n,e,t){let i=n.name,r=i.length;for(Iu.lastIndex=0;;){let s=Iu.exec(i),a=Iu.lastIndex,o=s[1],l=s[2]==="]",c=s[3];if(l&&(o=o|0),c===void 0||c==="["&&a+2===r){Zm(t,c===void 0?new Nu(o,n,e):new Du(o,n,e));break}else{let f=t.map[o];f===void 0&&(f=new Fu(o),Zm(t,f)),t=f}}}var as=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),l=e.getUniformLocation(t,o.name);$M(o,l,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],l=i[o.id];l.needsUpdate!==!1&&o.setValue(e,l.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function Jm(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var XM=37297,qM=0;function YM(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var jm=new ke;function KM(n){Qe._getMatrix(jm,Qe.workingColorSpace,n);let e=`mat3( ${jm.elements.map(t=>t.toFixed(4))} )`;switch(Qe.getTransfer(n)){case ks:return[e,"LinearTransferOETF"];case at:return[e,"sRGBTransferOETF"];default:return Le("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function Qm(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+YM(n.getShaderSource(e),o)}else return s}function ZM(n,e){let t=KM(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var JM={[Qh]:"Linear",[eu]:"Reinhard",[tu]:"Cineon",[nu]:"ACESFilmic",[ru]:"AgX",[su]:"Neutral",[iu]:"Custom"};function jM(n,e){let t=JM[e];return t===void 0?(Le("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var hc=new V;function QM(){Qe.getLuminanceCoefficients(hc);let n=hc.x.toFixed(4),e=hc.y.toFixed(4),t=hc.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function eS(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(ba).join(`
`)}function tS(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function nS(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function ba(n){return n!==""}function eg(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function tg(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var iS=/^[ \t]*#include +<([\w\d./]+)>/gm;function Uu(n){return n.replace(iS,rS)}function rS(n,e){let t=Xe[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Uu(t)}var sS=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function ng(n){return n.replace(sS,aS)}function aS(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function ig(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var oS={[la]:"SHADOWMAP_TYPE_PCF",[ts]:"SHADOWMAP_TYPE_VSM"};function lS(n){return oS[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var cS={[is]:"ENVMAP_MODE_REFRACTION"};function hS(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":cS[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var uS={[vl]:"ENVMAP_BLENDING_MULTIPLY",[ym]:"ENVMAP_BLENDING_MIX",[_m]:"ENVMAP_BLENDING_ADD"};function fS(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":uS[n.combine]||"ENVMAP_BLENDING_NONE"}function dS(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,l=lS(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",h=hS(t),f=fS(t),u=eS(t),d=tS(s),m=r.createProgram(),x,g,p=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(x=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(ba).join(`
`),x.length>0&&(x+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d].filter(ba).join(`
`),g.length>0&&(g+=`
`)):(x=[ig(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+h:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(ba).join(`
`),g=[ig(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,d,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+h:"",t.envMap?"#define "+f:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Bn?"#define TONE_MAPPING":"",t.toneMapping!==Bn?Xe.tonemapping_pars_fragment:"",t.toneMapping!==Bn?jM("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Xe.colorspace_pars_fragment,ZM("linearToOutputTexel",t.outputColorSpace),QM(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(ba).join(`
`)),a=Uu(a),a=eg(a,t),a=tg(a,t),o=Uu(o),o=eg(o,t),o=tg(o,t),a=ng(a),o=ng(o),t.isRawShaderMaterial!==!0&&(p=`#version 300 es
`,x=[u,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+x,g=["#define varying in",t.glslVersion===gu?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===gu?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let _=p+x+a,E=p+g+o,v=Jm(r,r.VERTEX_SHADER,_),A=Jm(r,r.FRAGMENT_SHADER,E);r.attachShader(m,v),r.attachShader(m,A),t.index0AttributeName!==void 0?r.bindAttribLocation(m,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(m,0,"position"),r.linkProgram(m);function S(R){if(n.debug.checkShaderErrors){let P=r.getProgramInfoLog(m)||"",L=r.getShaderInfoLog(v)||"",U=r.getShaderInfoLog(A)||"",C=P.trim(),N=L.trim(),H=U.trim(),k=!0,J=!0;if(r.getProgramParameter(m,r.LINK_STATUS)===!1)if(k=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,m,v,A);else{let z=Qm(r,v,"vertex"),X=Qm(r,A,"fragment");Be("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(m,r.VALIDATE_STATUS)+`

Material Name: `+R.name+`
Material Type: `+R.type+`

Program Info Log: `+C+`
`+z+`
`+X)}else C!==""?Le("WebGLProgram: Program Info Log:",C):(N===""||H==="")&&(J=!1);J&&(R.diagnostics={runnable:k,programLog:C,vertexShader:{log:N,prefix:x},fragmentShader:{log:H,prefix:g}})}r.deleteShader(v),r.deleteShader(A),b=new as(r,m),w=nS(r,m)}let b;this.getUniforms=function(){return b===void 0&&S(this),b};let w;this.getAttributes=function(){return w===void 0&&S(this),w};let F=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return F===!1&&(F=r.getProgramParameter(m,XM)),F},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(m),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=qM++,this.cacheKey=e,this.usedTimes=1,this.program=m,this.vertexShader=v,this.fragmentShader=A,this}var pS=0,Ou=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Bu(e),t.set(e,i)),i}},Bu=class{constructor(e){this.id=pS++,this.code=e,this.usedTimes=0}};function mS(n){return n===Ai||n===pa||n===ma}function gS(n,e,t,i,r,s){let a=new qr,o=new Ou,l=new Set,c=[],h=new Map,f=i.logarithmicDepthBuffer,u={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function d(b){return l.add(b),b===0?"uv":`uv${b}`}function m(b,w,F,R,P,L){let U=R.fog,C=P.geometry,N=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?R.environment:null,H=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap,k=e.get(b.envMap||N,H),J=u[b.type],z=i.precision;b.precision!==null&&(z=i.getMaxPrecision(b.precision),z!==b.precision&&Le("WebGLProgram.getParameters:",b.precision,"not supported, using",z,"instead."));let X=C.morphAttributes.position||C.morphAttributes.normal||C.morphAttributes.color,B=X!==void 0?X.length:0,ie=0;C.morphAttributes.position!==void 0&&(ie=1),C.morphAttributes.normal!==void 0&&(ie=2),C.morphAttributes.color!==void 0&&(ie=3);let be,q,te,ae;if(J){let ye=zn[J];be=ye.vertexShader,q=ye.fragmentShader}else{be=b.vertexShader,q=b.fragmentShader;let ye=o.getVertexShaderStage(b),lt=o.getFragmentShaderStage(b);o.update(b,ye,lt),te=ye.id,ae=lt.id}let le=n.getRenderTarget(),ne=n.state.buffers.depth.getReversed(),Se=P.isInstancedMesh===!0,qe=P.isBatchedMesh===!0,Te=!!b.map,Ze=!!b.matcap,Me=!!k,Re=Me&&k.isPMREMTexture===!0,Ye=!!b.aoMap,Ue=!!b.lightMap,et=!!b.bumpMap&&b.wireframe===!1,Ne=!!b.normalMap,Vt=!!b.displacementMap,ot=!!b.emissiveMap,on=!!b.metalnessMap,ln=!!b.roughnessMap,cn=b.anisotropy>0,O=b.clearcoat>0,hn=b.diffuseRoughness>0,dt=b.dispersion>0,pt=b.retroreflectivity>0,xe=b.iridescence>0,_t=b.sheen>0,De=b.transmission>0,ze=cn&&!!b.anisotropyMap,T=O&&!!b.clearcoatMap,y=O&&!!b.clearcoatNormalMap,W=O&&!!b.clearcoatRoughnessMap,se=hn&&!!b.diffuseRoughnessMap,ee=xe&&!!b.iridescenceMap,he=xe&&!!b.iridescenceThicknessMap,me=_t&&!!b.sheenColorMap,Z=_t&&!!b.sheenRoughnessMap,j=!!b.specularMap,fe=!!b.specularColorMap,I=!!b.specularIntensityMap,Q=De&&!!b.transmissionMap,K=De&&!!b.thicknessMap,de=!!b.gradientMap,ce=!!b.alphaMap,ue=b.alphaTest>0,Pe=!!b.alphaHash,$e=!!b.extensions,oe=Bn;b.toneMapped&&(le===null||le.isXRRenderTarget===!0)&&(oe=n.toneMapping);let Ie=Re?k.isCompressedCubeTexture?k.image[0].mipmaps:k.mipmaps:null,We={shaderID:J,shaderType:b.type,shaderName:b.name,vertexShader:be,fragmentShader:q,defines:b.defines,customVertexShaderID:te,customFragmentShaderID:ae,isRawShaderMaterial:b.isRawShaderMaterial===!0,glslVersion:b.glslVersion,precision:z,batching:qe,batchingColor:qe&&P._colorsTexture!==null,instancing:Se,instancingColor:Se&&P.instanceColor!==null,instancingMorph:Se&&P.morphTexture!==null,outputColorSpace:le===null?n.outputColorSpace:le.isXRRenderTarget===!0?le.texture.colorSpace:Qe.workingColorSpace,alphaToCoverage:!!b.alphaToCoverage,map:Te,matcap:Ze,envMap:Me,envMapMode:Me&&k.mapping,envMapPMREM:Re,envMapMaxLod:Re?Ie.length-1:null,envMapSize:Re?Ie[0].width:null,aoMap:Ye,lightMap:Ue,bumpMap:et,normalMap:Ne,displacementMap:Vt,emissiveMap:ot,normalMapObjectSpace:Ne&&b.normalMapType===Sm,normalMapTangentSpace:Ne&&b.normalMapType===lc,packedNormalMap:Ne&&b.normalMapType===lc&&mS(b.normalMap.format),metalnessMap:on,roughnessMap:ln,anisotropy:cn,anisotropyMap:ze,clearcoat:O,clearcoatMap:T,clearcoatNormalMap:y,clearcoatRoughnessMap:W,diffuseRoughness:hn,diffuseRoughnessMap:se,dispersion:dt,retroreflection:pt,iridescence:xe,iridescenceMap:ee,iridescenceThicknessMap:he,sheen:_t,sheenColorMap:me,sheenRoughnessMap:Z,specularMap:j,specularColorMap:fe,specularIntensityMap:I,transmission:De,transmissionMap:Q,thicknessMap:K,gradientMap:de,opaque:b.transparent===!1&&b.blending===ns&&b.alphaToCoverage===!1,alphaMap:ce,alphaTest:ue,alphaHash:Pe,combine:b.combine,mapUv:Te&&d(b.map.channel),aoMapUv:Ye&&d(b.aoMap.channel),lightMapUv:Ue&&d(b.lightMap.channel),bumpMapUv:et&&d(b.bumpMap.channel),normalMapUv:Ne&&d(b.normalMap.channel),displacementMapUv:Vt&&d(b.displacementMap.channel),emissiveMapUv:ot&&d(b.emissiveMap.channel),metalnessMapUv:on&&d(b.metalnessMap.channel),roughnessMapUv:ln&&d(b.roughnessMap.channel),anisotropyMapUv:ze&&d(b.anisotropyMap.channel),clearcoatMapUv:T&&d(b.clearcoatMap.channel),clearcoatNormalMapUv:y&&d(b.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:W&&d(b.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:se&&d(b.diffuseRoughnessMap.channel),iridescenceMapUv:ee&&d(b.iridescenceMap.channel),iridescenceThicknessMapUv:he&&d(b.iridescenceThicknessMap.channel),sheenColorMapUv:me&&d(b.sheenColorMap.channel),sheenRoughnessMapUv:Z&&d(b.sheenRoughnessMap.channel),specularMapUv:j&&d(b.specularMap.channel),specularColorMapUv:fe&&d(b.specularColorMap.channel),specularIntensityMapUv:I&&d(b.specularIntensityMap.channel),transmissionMapUv:Q&&d(b.transmissionMap.channel),thicknessMapUv:K&&d(b.thicknessMap.channel),alphaMapUv:ce&&d(b.alphaMap.channel),vertexTangents:!!C.attributes.tangent&&(Ne||cn),vertexNormals:!!C.attributes.normal,vertexColors:b.vertexColors,vertexAlphas:b.vertexColors===!0&&!!C.attributes.color&&C.attributes.color.itemSize===4,pointsUvs:P.isPoints===!0&&!!C.attributes.uv&&(Te||ce),fog:!!U,useFog:b.fog===!0,fogExp2:!!U&&U.isFogExp2,flatShading:b.wireframe===!1&&(b.flatShading===!0||C.attributes.normal===void 0&&Ne===!1&&(b.isMeshLambertMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isMeshPhysicalMaterial)),sizeAttenuation:b.sizeAttenuation===!0,logarithmicDepthBuffer:f,reversedDepthBuffer:ne,skinning:P.isSkinnedMesh===!0,hasPositionAttribute:C.attributes.position!==void 0,morphTargets:C.morphAttributes.position!==void 0,morphNormals:C.morphAttributes.normal!==void 0,morphColors:C.morphAttributes.color!==void 0,morphTargetsCount:B,morphTextureStride:ie,numSunLights:w.sun.length,numDirLights:w.directional.length,numPointLights:w.point.length,numSpotLights:w.spot.length,numSpotLightMaps:w.spotLightMap.length,numRectAreaLights:w.rectArea.length,numHemiLights:w.hemi.length,numSunLightShadows:w.sunShadowMap.length,numDirLightShadows:w.directionalShadowMap.length,numPointLightShadows:w.pointShadowMap.length,numSpotLightShadows:w.spotShadowMap.length,numSpotLightShadowsWithMaps:w.numSpotLightShadowsWithMaps,numLightProbes:w.numLightProbes,numLightProbeGrids:L.filter(ye=>ye.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:b.dithering,shadowMapEnabled:n.shadowMap.enabled&&F.length>0,shadowMapType:n.shadowMap.type,toneMapping:oe,decodeVideoTexture:Te&&b.map.isVideoTexture===!0&&Qe.getTransfer(b.map.colorSpace)===at,decodeVideoTextureEmissive:ot&&b.emissiveMap.isVideoTexture===!0&&Qe.getTransfer(b.emissiveMap.colorSpace)===at,premultipliedAlpha:b.premultipliedAlpha,doubleSided:b.side===bn,flipSided:b.side===qt,useDepthPacking:b.depthPacking>=0,depthPacking:b.depthPacking||0,index0AttributeName:b.index0AttributeName,extensionClipCullDistance:$e&&b.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:($e&&b.extensions.multiDraw===!0||qe)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:b.customProgramCacheKey()};return We.vertexUv1s=l.has(1),We.vertexUv2s=l.has(2),We.vertexUv3s=l.has(3),l.clear(),We}function x(b){let w=[];if(b.shaderID?w.push(b.shaderID):(w.push(b.customVertexShaderID),w.push(b.customFragmentShaderID)),b.defines!==void 0)for(let F in b.defines)w.push(F),w.push(b.defines[F]);return b.isRawShaderMaterial===!1&&(g(w,b),p(w,b),w.push(n.outputColorSpace)),w.push(b.customProgramCacheKey),w.join()}function g(b,w){b.push(w.precision),b.push(w.outputColorSpace),b.push(w.envMapMode),b.push(w.envMapPMREM),b.push(w.envMapMaxLod),b.push(w.envMapSize),b.push(w.mapUv),b.push(w.alphaMapUv),b.push(w.lightMapUv),b.push(w.aoMapUv),b.push(w.bumpMapUv),b.push(w.normalMapUv),b.push(w.displacementMapUv),b.push(w.emissiveMapUv),b.push(w.metalnessMapUv),b.push(w.roughnessMapUv),b.push(w.anisotropyMapUv),b.push(w.clearcoatMapUv),b.push(w.clearcoatNormalMapUv),b.push(w.clearcoatRoughnessMapUv),b.push(w.diffuseRoughnessMapUv),b.push(w.iridescenceMapUv),b.push(w.iridescenceThicknessMapUv),b.push(w.sheenColorMapUv),b.push(w.sheenRoughnessMapUv),b.push(w.specularMapUv),b.push(w.specularColorMapUv),b.push(w.specularIntensityMapUv),b.push(w.transmissionMapUv),b.push(w.thicknessMapUv),b.push(w.combine),b.push(w.fogExp2),b.push(w.sizeAttenuation),b.push(w.morphTargetsCount),b.push(w.numSunLights),b.push(w.numDirLights),b.push(w.numPointLights),b.push(w.numSpotLights),b.push(w.numSpotLightMaps),b.push(w.numHemiLights),b.push(w.numRectAreaLights),b.push(w.numSunLightShadows),b.push(w.numDirLightShadows),b.push(w.numPointLightShadows),b.push(w.numSpotLightShadows),b.push(w.numSpotLightShadowsWithMaps),b.push(w.numLightProbes),b.push(w.numLightProbeGrids),b.push(w.shadowMapType),b.push(w.toneMapping),b.push(w.numClippingPlanes),b.push(w.numClipIntersection),b.push(w.depthPacking)}function p(b,w){a.disableAll(),w.instancing&&a.enable(0),w.instancingColor&&a.enable(1),w.instancingMorph&&a.enable(2),w.matcap&&a.enable(3),w.envMap&&a.enable(4),w.normalMapObjectSpace&&a.enable(5),w.normalMapTangentSpace&&a.enable(6),w.clearcoat&&a.enable(7),w.iridescence&&a.enable(8),w.alphaTest&&a.enable(9),w.vertexColors&&a.enable(10),w.vertexAlphas&&a.enable(11),w.vertexUv1s&&a.enable(12),w.vertexUv2s&&a.enable(13),w.vertexUv3s&&a.enable(14),w.vertexTangents&&a.enable(15),w.anisotropy&&a.enable(16),w.alphaHash&&a.enable(17),w.batching&&a.enable(18),w.dispersion&&a.enable(19),w.retroreflection&&a.enable(24),w.diffuseRoughness&&a.enable(25),w.batchingColor&&a.enable(20),w.gradientMap&&a.enable(21),w.packedNormalMap&&a.enable(22),w.vertexNormals&&a.enable(23),b.push(a.mask),a.disableAll(),w.fog&&a.enable(0),w.useFog&&a.enable(1),w.flatShading&&a.enable(2),w.logarithmicDepthBuffer&&a.enable(3),w.reversedDepthBuffer&&a.enable(4),w.skinning&&a.enable(5),w.morphTargets&&a.enable(6),w.morphNormals&&a.enable(7),w.morphColors&&a.enable(8),w.premultipliedAlpha&&a.enable(9),w.shadowMapEnabled&&a.enable(10),w.doubleSided&&a.enable(11),w.flipSided&&a.enable(12),w.useDepthPacking&&a.enable(13),w.dithering&&a.enable(14),w.transmission&&a.enable(15),w.sheen&&a.enable(16),w.opaque&&a.enable(17),w.pointsUvs&&a.enable(18),w.decodeVideoTexture&&a.enable(19),w.decodeVideoTextureEmissive&&a.enable(20),w.alphaToCoverage&&a.enable(21),w.numLightProbeGrids>0&&a.enable(22),w.hasPositionAttribute&&a.enable(23),b.push(a.mask)}function _(b){let w=u[b.type],F;if(w){let R=zn[w];F=Bm.clone(R.uniforms)}else F=b.uniforms;return F}function E(b,w){let F=h.get(w);return F!==void 0?++F.usedTimes:(F=new dS(n,w,b,r),c.push(F),h.set(w,F)),F}function v(b){if(--b.usedTimes===0){let w=c.indexOf(b);c[w]=c[c.length-1],c.pop(),h.delete(b.cacheKey),b.destroy()}}function A(b){o.remove(b)}function S(){o.dispose()}return{getParameters:m,getProgramCacheKey:x,getUniforms:_,acquireProgram:E,releaseProgram:v,releaseShaderCache:A,programs:c,dispose:S}}function bS(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,l){n.get(a)[o]=l}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function xS(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function rg(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function sg(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(u){let d=0;return u.isInstancedMesh&&(d+=2),u.isSkinnedMesh&&(d+=1),d}function o(u,d,m,x,g,p){let _=n[e];return _===void 0?(_={id:u.id,object:u,geometry:d,material:m,materialVariant:a(u),groupOrder:x,renderOrder:u.renderOrder,z:g,group:p},n[e]=_):(_.id=u.id,_.object=u,_.geometry=d,_.material=m,_.materialVariant=a(u),_.groupOrder=x,_.renderOrder=u.renderOrder,_.z=g,_.group=p),e++,_}function l(u,d,m,x,g,p,_){_.reversedDepth===!0&&(g=-g);let E=o(u,d,m,x,g,p);m.transmission>0?i.push(E):m.transparent===!0?r.push(E):t.push(E)}function c(u,d,m,x,g,p){let _=o(u,d,m,x,g,p);m.transmission>0?i.unshift(_):m.transparent===!0?r.unshift(_):t.unshift(_)}function h(u,d){t.length>1&&t.sort(u||xS),i.length>1&&i.sort(d||rg),r.length>1&&r.sort(d||rg)}function f(){for(let u=e,d=n.length;u<d;u++){let m=n[u];if(m.id===null)break;m.id=null,m.object=null,m.geometry=null,m.material=null,m.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:l,unshift:c,finish:f,sort:h}}function yS(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new sg,n.set(i,[a])):r>=s.length?(a=new sg,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function _S(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new V,color:new He};break;case"SpotLight":t={position:new V,direction:new V,color:new He,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new V,color:new He,distance:0,decay:0};break;case"HemisphereLight":t={direction:new V,skyColor:new He,groundColor:new He};break;case"RectAreaLight":t={color:new He,position:new V,halfWidth:new V,halfHeight:new V};break}return n[e.id]=t,t}}}function vS(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Fe};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Fe};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Fe,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var MS=0;function SS(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function wS(n){let e=new _S,t=vS(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)i.probe.push(new V);let r=new V,s=new it,a=new it;function o(c){let h=0,f=0,u=0;for(let L=0;L<9;L++)i.probe[L].set(0,0,0);let d=0,m=0,x=0,g=0,p=0,_=0,E=0,v=0,A=0,S=0,b=0,w=0,F=0,R=0;c.sort(SS);for(let L=0,U=c.length;L<U;L++){let C=c[L],N=C.color,H=C.intensity,k=C.distance,J=null;if(C.shadow&&C.shadow.map&&(C.shadow.map.texture.format===Ai?J=C.shadow.map.texture:J=C.shadow.map.depthTexture||C.shadow.map.texture),C.isAmbientLight)h+=N.r*H,f+=N.g*H,u+=N.b*H;else if(C.isLightProbe){for(let z=0;z<9;z++)i.probe[z].addScaledVector(C.sh.coefficients[z],H);R++}else if(C.isSunLight){let z=e.get(C);if(z.color.copy(C.color).multiplyScalar(C.intensity),C.castShadow){let X=C.shadow,B=t.get(C);B.shadowIntensity=X.intensity,B.shadowBias=X.bias,B.shadowNormalBias=X.normalBias,B.shadowRadius=X.radius,B.shadowMapSize.copy(X.mapSize).multiply(X.getFrameExtents()),i.sunShadow[m]=B,i.sunShadowMap[m]=J;let ie=X.getViewportCount();for(let be=0;be<ie;be++)i.sunShadowMatrix[x+be]=X.getMatrix(be),i.sunShadowCascade[x+be]=X._cascadeData[be];x+=ie,m++}i.sun[d]=z,d++}else if(C.isDirectionalLight){let z=e.get(C);if(z.color.copy(C.color).multiplyScalar(C.intensity),C.castShadow){let X=C.shadow,B=t.get(C);B.shadowIntensity=X.intensity,B.shadowBias=X.bias,B.shadowNormalBias=X.normalBias,B.shadowRadius=X.radius,B.shadowMapSize=X.mapSize,i.directionalShadow[g]=B,i.directionalShadowMap[g]=J,i.directionalShadowMatrix[g]=C.shadow.matrix,A++}i.directional[g]=z,g++}else if(C.isSpotLight){let z=e.get(C);z.position.setFromMatrixPosition(C.matrixWorld),z.color.copy(N).multiplyScalar(H),z.distance=k,z.coneCos=Math.cos(C.angle),z.penumbraCos=Math.cos(C.angle*(1-C.penumbra)),z.decay=C.decay,i.spot[_]=z;let X=C.shadow;if(C.map&&(i.spotLightMap[w]=C.map,w++,X.updateMatrices(C),C.castShadow&&F++),i.spotLightMatrix[_]=X.matrix,C.castShadow){let B=t.get(C);B.shadowIntensity=X.intensity,B.shadowBias=X.bias,B.shadowNormalBias=X.normalBias,B.shadowRadius=X.radius,B.shadowMapSize=X.mapSize,i.spotShadow[_]=B,i.spotShadowMap[_]=J,b++}_++}else if(C.isRectAreaLight){let z=e.get(C);z.color.copy(N).multiplyScalar(H),z.halfWidth.set(C.width*.5,0,0),z.halfHeight.set(0,C.height*.5,0),i.rectArea[E]=z,E++}else if(C.isPointLight){let z=e.get(C);if(z.color.copy(C.color).multiplyScalar(C.intensity),z.distance=C.distance,z.decay=C.decay,C.castShadow){let X=C.shadow,B=t.get(C);B.shadowIntensity=X.intensity,B.shadowBias=X.bias,B.shadowNormalBias=X.normalBias,B.shadowRadius=X.radius,B.shadowMapSize=X.mapSize,B.shadowCameraNear=X.camera.near,B.shadowCameraFar=X.camera.far,i.pointShadow[p]=B,i.pointShadowMap[p]=J,i.pointShadowMatrix[p]=C.shadow.matrix,S++}i.point[p]=z,p++}else if(C.isHemisphereLight){let z=e.get(C);z.skyColor.copy(C.color).multiplyScalar(H),z.groundColor.copy(C.groundColor).multiplyScalar(H),i.hemi[v]=z,v++}}E>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=_e.LTC_FLOAT_1,i.rectAreaLTC2=_e.LTC_FLOAT_2):(i.rectAreaLTC1=_e.LTC_HALF_1,i.rectAreaLTC2=_e.LTC_HALF_2)),i.ambient[0]=h,i.ambient[1]=f,i.ambient[2]=u;let P=i.hash;(P.sunLength!==d||P.directionalLength!==g||P.pointLength!==p||P.spotLength!==_||P.rectAreaLength!==E||P.hemiLength!==v||P.numSunShadows!==m||P.numDirectionalShadows!==A||P.numPointShadows!==S||P.numSpotShadows!==b||P.numSpotMaps!==w||P.numLightProbes!==R)&&(i.sun.length=d,i.directional.length=g,i.spot.length=_,i.rectArea.length=E,i.point.length=p,i.hemi.length=v,i.sunShadow.length=m,i.sunShadowMap.length=m,i.sunShadowMatrix.length=x,i.sunShadowCascade.length=x,i.directionalShadow.length=A,i.directionalShadowMap.length=A,i.directionalShadowMatrix.length=A,i.pointShadow.length=S,i.pointShadowMap.length=S,i.pointShadowMatrix.length=S,i.spotShadow.length=b,i.spotShadowMap.length=b,i.spotLightMatrix.length=b+w-F,i.spotLightMap.length=w,i.numSpotLightShadowsWithMaps=F,i.numLightProbes=R,P.sunLength=d,P.directionalLength=g,P.pointLength=p,P.spotLength=_,P.rectAreaLength=E,P.hemiLength=v,P.numSunShadows=m,P.numDirectionalShadows=A,P.numPointShadows=S,P.numSpotShadows=b,P.numSpotMaps=w,P.numLightProbes=R,i.version=MS++)}function l(c,h){let f=0,u=0,d=0,m=0,x=0,g=0,p=h.matrixWorldInverse;for(let _=0,E=c.length;_<E;_++){let v=c[_];if(v.isSunLight){let A=i.sun[f];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(p),f++}else if(v.isDirectionalLight){let A=i.directional[u];A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(p),u++}else if(v.isSpotLight){let A=i.spot[m];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),A.direction.setFromMatrixPosition(v.matrixWorld),r.setFromMatrixPosition(v.target.matrixWorld),A.direction.sub(r),A.direction.transformDirection(p),m++}else if(v.isRectAreaLight){let A=i.rectArea[x];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),a.identity(),s.copy(v.matrixWorld),s.premultiply(p),a.extractRotation(s),A.halfWidth.set(v.width*.5,0,0),A.halfHeight.set(0,v.height*.5,0),A.halfWidth.applyMatrix4(a),A.halfHeight.applyMatrix4(a),x++}else if(v.isPointLight){let A=i.point[d];A.position.setFromMatrixPosition(v.matrixWorld),A.position.applyMatrix4(p),d++}else if(v.isHemisphereLight){let A=i.hemi[g];A.direction.setFromMatrixPosition(v.matrixWorld),A.direction.transformDirection(p),g++}}}return{setup:o,setupView:l,state:i}}function ag(n){let e=new wS(n),t=[],i=[],r=[];function s(f){h.camera=f,t.length=0,i.length=0,r.length=0}function a(f){f.isLightProbeGrid?r.push(f):t.push(f)}function o(f){i.push(f)}function l(){e.setup(t),r.sort((f,u)=>f.priority-u.priority||f.id-u.id)}function c(f){e.setupView(t,f)}let h={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:h,setupLights:l,setupLightsView:c,pushLight:a,pushShadow:o}}function AS(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new ag(n),e.set(r,[o])):s>=a.length?(o=new ag(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var ES=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,TS=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,CS=[new V(1,0,0),new V(-1,0,0),new V(0,1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1)],RS=[new V(0,-1,0),new V(0,-1,0),new V(0,0,1),new V(0,0,-1),new V(0,-1,0),new V(0,-1,0)],og=new it,ga=new V,Lu=new V;function PS(n,e,t){let i=new bi,r=new Fe,s=new Fe,a=new mt,o=new al,l=new ol,c={},h=t.maxTextureSize,f={[wi]:qt,[qt]:wi,[bn]:bn},u=new On({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Fe},radius:{value:4}},vertexShader:ES,fragmentShader:TS}),d=u.clone();d.defines.HORIZONTAL_PASS=1;let m=new St;m.setAttribute("position",new Mt(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let x=new Xt(m,u),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=la;let p=this.type;this.render=function(S,b,w){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||S.length===0)return;this.type===em&&(Le("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=la);let F=n.getRenderTarget(),R=n.getActiveCubeFace(),P=n.getActiveMipmapLevel(),L=n.state;L.setBlending(qi),L.buffers.depth.getReversed()===!0?L.buffers.color.setClear(0,0,0,0):L.buffers.color.setClear(1,1,1,1),L.buffers.depth.setTest(!0),L.setScissorTest(!1);let U=p!==this.type;U&&b.traverse(function(C){C.material&&(Array.isArray(C.material)?C.material.forEach(N=>N.needsUpdate=!0):C.material.needsUpdate=!0)});for(let C=0,N=S.length;C<N;C++){let H=S[C],k=H.shadow;if(k===void 0){Le("WebGLShadowMap:",H,"has no shadow.");continue}if(k.autoUpdate===!1&&k.needsUpdate===!1)continue;r.copy(k.mapSize);let J=k.getFrameExtents();r.multiply(J),s.copy(k.mapSize),(r.x>h||r.y>h)&&(r.x>h&&(s.x=Math.floor(h/J.x),r.x=s.x*J.x,k.mapSize.x=s.x),r.y>h&&(s.y=Math.floor(h/J.y),r.y=s.y*J.y,k.mapSize.y=s.y));let z=n.state.buffers.depth.getReversed();if(k.camera._reversedDepth=z,k.map===null||U===!0){if(k.map!==null&&(k.map.depthTexture!==null&&(k.map.depthTexture.dispose(),k.map.depthTexture=null),k.map.dispose()),this.type===ts){if(H.isPointLight){Le("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}k.map=new sn(r.x,r.y,{format:Ai,type:Cn,minFilter:Wt,magFilter:Wt,generateMipmaps:!1}),k.map.texture.name=H.name+".shadowMap",k.map.depthTexture=new ti(r.x,r.y,xn),k.map.depthTexture.name=H.name+".shadowMapDepth",k.map.depthTexture.format=jn,k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=It,k.map.depthTexture.magFilter=It}else H.isPointLight?(k.map=new xa(r.x),k.map.depthTexture=new Zs(r.x,Tn)):(k.map=new sn(r.x,r.y),k.map.depthTexture=new ti(r.x,r.y,Tn)),k.map.depthTexture.name=H.name+".shadowMap",k.map.depthTexture.format=jn,this.type===la?(k.map.depthTexture.compareFunction=z?pu:du,k.map.depthTexture.minFilter=Wt,k.map.depthTexture.magFilter=Wt):(k.map.depthTexture.compareFunction=null,k.map.depthTexture.minFilter=It,k.map.depthTexture.magFilter=It);k.camera.updateProjectionMatrix()}k.map.isWebGLCubeRenderTarget!==!0&&(k.map.width!==r.x||k.map.height!==r.y)&&k.map.setSize(r.x,r.y);let X=k.map.isWebGLCubeRenderTarget?6:k.getViewportCount();H.isPointLight!==!0&&k.updateMatrices(H,w);let B=(k.camera.layers.mask&4294967294)!==0?k.camera.layers:w.layers;for(let ie=0;ie<X;ie++){let be=k.getCamera(ie);if(H.isPointLight){let q=k.camera,te=k.matrix,ae=H.distance||q.far;ae!==q.far&&(q.far=ae,q.updateProjectionMatrix()),ga.setFromMatrixPosition(H.matrixWorld),q.position.copy(ga),Lu.copy(q.position),Lu.add(CS[ie]),q.up.copy(RS[ie]),q.lookAt(Lu),q.updateMatrixWorld(),te.makeTranslation(-ga.x,-ga.y,-ga.z),og.multiplyMatrices(q.projectionMatrix,q.matrixWorldInverse),k._frustum.setFromProjectionMatrix(og,q.coordinateSystem,q.reversedDepth)}if(k.map.isWebGLCubeRenderTarget)n.setRenderTarget(k.map,ie),n.clear();else{ie===0&&(n.setRenderTarget(k.map),n.clear());let q=k.getViewport(ie);a.set(s.x*q.x,s.y*q.y,s.x*q.z,s.y*q.w),L.viewport(a)}i=k.getFrustum(ie),v(b,w,be,H,B,this.type)}k.isPointLightShadow!==!0&&this.type===ts&&_(k,w),k.needsUpdate=!1}p=this.type,g.needsUpdate=!1,n.setRenderTarget(F,R,P)};function _(S,b){let w=e.update(x);u.defines.VSM_SAMPLES!==S.blurSamples&&(u.defines.VSM_SAMPLES=S.blurSamples,d.defines.VSM_SAMPLES=S.blurSamples,u.needsUpdate=!0,d.needsUpdate=!0),S.mapPass===null?S.mapPass=new sn(r.x,r.y,{format:Ai,type:Cn}):(S.mapPass.width!==S.map.width||S.mapPass.height!==S.map.height)&&S.mapPass.setSize(S.map.width,S.map.height),u.uniforms.shadow_pass.value=S.map.depthTexture,u.uniforms.resolution.value.set(S.map.width,S.map.height),u.uniforms.radius.value=S.radius,n.setRenderTarget(S.mapPass),n.clear(),n.renderBufferDirect(b,null,w,u,x,null),d.uniforms.shadow_pass.value=S.mapPass.texture,d.uniforms.resolution.value.set(S.map.width,S.map.height),d.uniforms.radius.value=S.radius,n.setRenderTarget(S.map),n.clear(),n.renderBufferDirect(b,null,w,d,x,null)}function E(S,b,w,F){let R=null,P=w.isPointLight===!0?S.customDistanceMaterial:S.customDepthMaterial;if(P!==void 0)R=P;else if(R=w.isPointLight===!0?l:o,n.localClippingEnabled&&b.clipShadows===!0&&Array.isArray(b.clippingPlanes)&&b.clippingPlanes.length!==0||b.displacementMap&&b.displacementScale!==0||b.alphaMap&&b.alphaTest>0||b.map&&b.alphaTest>0||b.alphaToCoverage===!0){let L=R.uuid,U=b.uuid,C=c[L];C===void 0&&(C={},c[L]=C);let N=C[U];N===void 0&&(N=R.clone(),C[U]=N,b.addEventListener("dispose",A)),R=N}if(R.visible=b.visible,R.wireframe=b.wireframe,F===ts?R.side=b.shadowSide!==null?b.shadowSide:b.side:R.side=b.shadowSide!==null?b.shadowSide:f[b.side],R.alphaMap=b.alphaMap,R.alphaTest=b.alphaToCoverage===!0?.5:b.alphaTest,R.map=b.map,R.clipShadows=b.clipShadows,R.clippingPlanes=b.clippingPlanes,R.clipIntersection=b.clipIntersection,R.displacementMap=b.displacementMap,R.displacementScale=b.displacementScale,R.displacementBias=b.displacementBias,R.wireframeLinewidth=b.wireframeLinewidth,R.linewidth=b.linewidth,w.isPointLight===!0&&R.isMeshDistanceMaterial===!0){let L=n.properties.get(R);L.light=w}return R}function v(S,b,w,F,R,P){if(S.visible===!1)return;if(S.layers.test(R)&&(S.isMesh||S.isLine||S.isPoints)&&(S.castShadow||S.receiveShadow&&P===ts)&&(!S.frustumCulled||S.intersectsFrustum(i))){S.modelViewMatrix.multiplyMatrices(w.matrixWorldInverse,S.matrixWorld);let C=e.update(S),N=S.material;if(Array.isArray(N)){let H=C.groups;for(let k=0,J=H.length;k<J;k++){let z=H[k],X=N[z.materialIndex];if(X&&X.visible){let B=E(S,X,F,P);S.onBeforeShadow(n,S,b,w,C,B,z),n.renderBufferDirect(w,null,C,B,S,z),S.onAfterShadow(n,S,b,w,C,B,z)}}}else if(N.visible){let H=E(S,N,F,P);S.onBeforeShadow(n,S,b,w,C,H,null),n.renderBufferDirect(w,null,C,H,S,null),S.onAfterShadow(n,S,b,w,C,H,null)}}let U=S.children;for(let C=0,N=U.length;C<N;C++)v(U[C],b,w,F,R,P)}function A(S){S.target.removeEventListener("dispose",A);for(let w in c){let F=c[w],R=S.target.uuid;R in F&&(F[R].dispose(),delete F[R])}}}function IS(n,e){function t(){let I=!1,Q=new mt,K=null,de=new mt(0,0,0,0);return{setMask:function(ce){K!==ce&&!I&&(n.colorMask(ce,ce,ce,ce),K=ce)},setLocked:function(ce){I=ce},setClear:function(ce,ue,Pe,$e,oe){oe===!0&&(ce*=$e,ue*=$e,Pe*=$e),Q.set(ce,ue,Pe,$e),de.equals(Q)===!1&&(n.clearColor(ce,ue,Pe,$e),de.copy(Q))},reset:function(){I=!1,K=null,de.set(-1,0,0,0)}}}function i(){let I=!1,Q=!1,K=null,de=null,ce=null;return{setReversed:function(ue){if(Q!==ue){let Pe=e.get("EXT_clip_control");ue?Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.ZERO_TO_ONE_EXT):Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.NEGATIVE_ONE_TO_ONE_EXT),Q=ue;let $e=ce;ce=null,this.setClear($e)}},getReversed:function(){return Q},setTest:function(ue){ue?ne(n.DEPTH_TEST):Se(n.DEPTH_TEST)},setMask:function(ue){K!==ue&&!I&&(n.depthMask(ue),K=ue)},setFunc:function(ue){if(Q&&(ue=Dm[ue]),de!==ue){switch(ue){case Ho:n.depthFunc(n.NEVER);break;case Wo:n.depthFunc(n.ALWAYS);break;case $o:n.depthFunc(n.LESS);break;case Gr:n.depthFunc(n.LEQUAL);break;case Xo:n.depthFunc(n.EQUAL);break;case qo:n.depthFunc(n.GEQUAL);break;case Yo:n.depthFunc(n.GREATER);break;case Ko:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}de=ue}},setLocked:function(ue){I=ue},setClear:function(ue){ce!==ue&&(ce=ue,Q&&(ue=1-ue),n.clearDepth(ue))},reset:function(){I=!1,K=null,de=null,ce=null,Q=!1}}}function r(){let I=!1,Q=null,K=null,de=null,ce=null,ue=null,Pe=null,$e=null,oe=null;return{setTest:function(Ie){I||(Ie?ne(n.STENCIL_TEST):Se(n.STENCIL_TEST))},setMask:function(Ie){Q!==Ie&&!I&&(n.stencilMask(Ie),Q=Ie)},setFunc:function(Ie,We,ye){(K!==Ie||de!==We||ce!==ye)&&(n.stencilFunc(Ie,We,ye),K=Ie,de=We,ce=ye)},setOp:function(Ie,We,ye){(ue!==Ie||Pe!==We||$e!==ye)&&(n.stencilOp(Ie,We,ye),ue=Ie,Pe=We,$e=ye)},setLocked:function(Ie){I=Ie},setClear:function(Ie){oe!==Ie&&(n.clearStencil(Ie),oe=Ie)},reset:function(){I=!1,Q=null,K=null,de=null,ce=null,ue=null,Pe=null,$e=null,oe=null}}}let s=new t,a=new i,o=new r,l={},c=new WeakMap,h={},f={},u={},d=new WeakMap,m=[],x=null,g=!1,p=null,_=null,E=null,v=null,A=null,S=null,b=null,w=new He(0,0,0),F=0,R=!1,P=null,L=null,U=null,C=null,N=null,H=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),k=!1,J=0,z=n.getParameter(n.VERSION);z.indexOf("WebGL")!==-1?(J=parseFloat(/^WebGL (\d)/.exec(z)[1]),k=J>=1):z.indexOf("OpenGL ES")!==-1&&(J=parseFloat(/^OpenGL ES (\d)/.exec(z)[1]),k=J>=2);let X=null,B={},ie=n.getParameter(n.SCISSOR_BOX),be=n.getParameter(n.VIEWPORT),q=new mt().fromArray(ie),te=new mt().fromArray(be);function ae(I,Q,K,de){let ce=new Uint8Array(4),ue=n.createTexture();n.bindTexture(I,ue),n.texParameteri(I,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(I,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let Pe=0;Pe<K;Pe++)I===n.TEXTURE_3D||I===n.TEXTURE_2D_ARRAY?n.texImage3D(Q,0,n.RGBA,1,1,de,0,n.RGBA,n.UNSIGNED_BYTE,ce):n.texImage2D(Q+Pe,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,ce);return ue}let le={};le[n.TEXTURE_2D]=ae(n.TEXTURE_2D,n.TEXTURE_2D,1),le[n.TEXTURE_CUBE_MAP]=ae(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),le[n.TEXTURE_2D_ARRAY]=ae(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),le[n.TEXTURE_3D]=ae(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),ne(n.DEPTH_TEST),a.setFunc(Gr),et(!1),Ne(qh),ne(n.CULL_FACE),Ye(qi);function ne(I){h[I]!==!0&&(n.enable(I),h[I]=!0)}function Se(I){h[I]!==!1&&(n.disable(I),h[I]=!1)}function qe(I,Q){return u[I]!==Q?(n.bindFramebuffer(I,Q),u[I]=Q,I===n.DRAW_FRAMEBUFFER&&(u[n.FRAMEBUFFER]=Q),I===n.FRAMEBUFFER&&(u[n.DRAW_FRAMEBUFFER]=Q),!0):!1}function Te(I,Q){let K=m,de=!1;if(I){K=d.get(Q),K===void 0&&(K=[],d.set(Q,K));let ce=I.textures;if(K.length!==ce.length||K[0]!==n.COLOR_ATTACHMENT0){for(let ue=0,Pe=ce.length;ue<Pe;ue++)K[ue]=n.COLOR_ATTACHMENT0+ue;K.length=ce.length,de=!0}}else K[0]!==n.BACK&&(K[0]=n.BACK,de=!0);de&&n.drawBuffers(K)}function Ze(I){return x!==I?(n.useProgram(I),x=I,!0):!1}let Me={[Yi]:n.FUNC_ADD,[nm]:n.FUNC_SUBTRACT,[im]:n.FUNC_REVERSE_SUBTRACT};Me[rm]=n.MIN,Me[sm]=n.MAX;let Re={[am]:n.ZERO,[om]:n.ONE,[lm]:n.SRC_COLOR,[Jh]:n.SRC_ALPHA,[pm]:n.SRC_ALPHA_SATURATE,[fm]:n.DST_COLOR,[hm]:n.DST_ALPHA,[cm]:n.ONE_MINUS_SRC_COLOR,[jh]:n.ONE_MINUS_SRC_ALPHA,[dm]:n.ONE_MINUS_DST_COLOR,[um]:n.ONE_MINUS_DST_ALPHA,[mm]:n.CONSTANT_COLOR,[gm]:n.ONE_MINUS_CONSTANT_COLOR,[bm]:n.CONSTANT_ALPHA,[xm]:n.ONE_MINUS_CONSTANT_ALPHA};function Ye(I,Q,K,de,ce,ue,Pe,$e,oe,Ie){if(I===qi){g===!0&&(Se(n.BLEND),g=!1);return}if(g===!1&&(ne(n.BLEND),g=!0),I!==tm){if(I!==p||Ie!==R){if((_!==Yi||A!==Yi)&&(n.blendEquation(n.FUNC_ADD),_=Yi,A=Yi),Ie)switch(I){case ns:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Yh:n.blendFunc(n.ONE,n.ONE);break;case Kh:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Zh:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:Be("WebGLState: Invalid blending: ",I);break}else switch(I){case ns:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Yh:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case Kh:Be("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Zh:Be("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Be("WebGLState: Invalid blending: ",I);break}E=null,v=null,S=null,b=null,w.set(0,0,0),F=0,p=I,R=Ie}return}ce=ce||Q,ue=ue||K,Pe=Pe||de,(Q!==_||ce!==A)&&(n.blendEquationSeparate(Me[Q],Me[ce]),_=Q,A=ce),(K!==E||de!==v||ue!==S||Pe!==b)&&(n.blendFuncSeparate(Re[K],Re[de],Re[ue],Re[Pe]),E=K,v=de,S=ue,b=Pe),($e.equals(w)===!1||oe!==F)&&(n.blendColor($e.r,$e.g,$e.b,oe),w.copy($e),F=oe),p=I,R=!1}function Ue(I,Q){I.side===bn?Se(n.CULL_FACE):ne(n.CULL_FACE);let K=I.side===qt;Q&&(K=!K),et(K),I.blending===ns&&I.transparent===!1?Ye(qi):Ye(I.blending,I.blendEquation,I.blendSrc,I.blendDst,I.blendEquationAlpha,I.blendSrcAlpha,I.blendDstAlpha,I.blendColor,I.blendAlpha,I.premultipliedAlpha),a.setFunc(I.depthFunc),a.setTest(I.depthTest),a.setMask(I.depthWrite),s.setMask(I.colorWrite);let de=I.stencilWrite;o.setTest(de),de&&(o.setMask(I.stencilWriteMask),o.setFunc(I.stencilFunc,I.stencilRef,I.stencilFuncMask),o.setOp(I.stencilFail,I.stencilZFail,I.stencilZPass)),ot(I.polygonOffset,I.polygonOffsetFactor,I.polygonOffsetUnits),I.alphaToCoverage===!0?ne(n.SAMPLE_ALPHA_TO_COVERAGE):Se(n.SAMPLE_ALPHA_TO_COVERAGE)}function et(I){P!==I&&(I?n.frontFace(n.CW):n.frontFace(n.CCW),P=I)}function Ne(I){I!==jp?(ne(n.CULL_FACE),I!==L&&(I===qh?n.cullFace(n.BACK):I===Qp?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Se(n.CULL_FACE),L=I}function Vt(I){I!==U&&(k&&n.lineWidth(I),U=I)}function ot(I,Q,K){I?(ne(n.POLYGON_OFFSET_FILL),(C!==Q||N!==K)&&(C=Q,N=K,a.getReversed()&&(Q=-Q,K=-K),n.polygonOffset(Q,K))):Se(n.POLYGON_OFFSET_FILL)}function on(I){I?ne(n.SCISSOR_TEST):Se(n.SCISSOR_TEST)}function ln(I){I===void 0&&(I=n.TEXTURE0+H-1),X!==I&&(n.activeTexture(I),X=I)}function cn(I,Q,K){K===void 0&&(X===null?K=n.TEXTURE0+H-1:K=X);let de=B[K];de===void 0&&(de={type:void 0,texture:void 0},B[K]=de),(de.type!==I||de.texture!==Q)&&(X!==K&&(n.activeTexture(K),X=K),n.bindTexture(I,Q||le[I]),de.type=I,de.texture=Q)}function O(){let I=B[X];I!==void 0&&I.type!==void 0&&(n.bindTexture(I.type,null),I.type=void 0,I.texture=void 0)}function hn(){try{n.compressedTexImage2D(...arguments)}catch(I){Be("WebGLState:",I)}}function dt(){try{n.compressedTexImage3D(...arguments)}catch(I){Be("WebGLState:",I)}}function pt(){try{n.texSubImage2D(...arguments)}catch(I){Be("WebGLState:",I)}}function xe(){try{n.texSubImage3D(...arguments)}catch(I){Be("WebGLState:",I)}}function _t(){try{n.compressedTexSubImage2D(...arguments)}catch(I){Be("WebGLState:",I)}}function De(){try{n.compressedTexSubImage3D(...arguments)}catch(I){Be("WebGLState:",I)}}function ze(){try{n.texStorage2D(...arguments)}catch(I){Be("WebGLState:",I)}}function T(){try{n.texStorage3D(...arguments)}catch(I){Be("WebGLState:",I)}}function y(){try{n.texImage2D(...arguments)}catch(I){Be("WebGLState:",I)}}function W(){try{n.texImage3D(...arguments)}catch(I){Be("WebGLState:",I)}}function se(I){return f[I]!==void 0?f[I]:n.getParameter(I)}function ee(I,Q){f[I]!==Q&&(n.pixelStorei(I,Q),f[I]=Q)}function he(I){q.equals(I)===!1&&(n.scissor(I.x,I.y,I.z,I.w),q.copy(I))}function me(I){te.equals(I)===!1&&(n.viewport(I.x,I.y,I.z,I.w),te.copy(I))}function Z(I,Q){let K=c.get(Q);K===void 0&&(K=new WeakMap,c.set(Q,K));let de=K.get(I);de===void 0&&(de=n.getUniformBlockIndex(Q,I.name),n.uniformBlockBinding(Q,de,de),K.set(I,de))}function j(I,Q,K){let ce=c.get(Q).get(I);l[ce]!==K&&(n.bindBufferBase(n.UNIFORM_BUFFER,ce,K),l[ce]=K)}function fe(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),h={},f={},X=null,B={},u={},l={},d=new WeakMap,m=[],x=null,g=!1,p=null,_=null,E=null,v=null,A=null,S=null,b=null,w=new He(0,0,0),F=0,R=!1,P=null,L=null,U=null,C=null,N=null,q.set(0,0,n.canvas.width,n.canvas.height),te.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:ne,disable:Se,bindFramebuffer:qe,drawBuffers:Te,useProgram:Ze,setBlending:Ye,setMaterial:Ue,setFlipSided:et,setCullFace:Ne,setLineWidth:Vt,setPolygonOffset:ot,setScissorTest:on,activeTexture:ln,bindTexture:cn,unbindTexture:O,compressedTexImage2D:hn,compressedTexImage3D:dt,texImage2D:y,texImage3D:W,pixelStorei:ee,getParameter:se,updateUBOMapping:Z,uniformBlockBinding:j,texStorage2D:ze,texStorage3D:T,texSubImage2D:pt,texSubImage3D:xe,compressedTexSubImage2D:_t,compressedTexSubImage3D:De,scissor:he,viewport:me,reset:fe}}function LS(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Fe,h=new WeakMap,f=new Set,u,d=new WeakMap,m=new Set,x=new FinalizationRegistry(T=>m.delete(T)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function p(T,y){return g?new OffscreenCanvas(T,y):zs("canvas")}function _(T,y,W){let se=1,ee=ze(T);if((ee.width>W||ee.height>W)&&(se=W/Math.max(ee.width,ee.height)),se<1)if(typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&T instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&T instanceof ImageBitmap||typeof VideoFrame<"u"&&T instanceof VideoFrame){let he=Math.floor(se*ee.width),me=Math.floor(se*ee.height);u===void 0&&(u=p(he,me));let Z=y?p(he,me):u;return Z.width=he,Z.height=me,Z.getContext("2d").drawImage(T,0,0,he,me),Le("WebGLRenderer: Texture has been resized from ("+ee.width+"x"+ee.height+") to ("+he+"x"+me+")."),Z}else return"data"in T&&Le("WebGLRenderer: Image in DataTexture is too big ("+ee.width+"x"+ee.height+")."),T;return T}function E(T){return T.generateMipmaps}function v(T){n.generateMipmap(T)}function A(T){return T.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:T.isWebGL3DRenderTarget?n.TEXTURE_3D:T.isWebGLArrayRenderTarget||T.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function S(T,y,W,se,ee,he=!1){if(T!==null){if(n[T]!==void 0)return n[T];Le("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+T+"'")}let me;se&&(me=e.get("EXT_texture_norm16"),me||Le("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Z=y;if(y===n.RED&&(W===n.FLOAT&&(Z=n.R32F),W===n.HALF_FLOAT&&(Z=n.R16F),W===n.UNSIGNED_BYTE&&(Z=n.R8),W===n.UNSIGNED_SHORT&&me&&(Z=me.R16_EXT),W===n.SHORT&&me&&(Z=me.R16_SNORM_EXT)),y===n.RED_INTEGER&&(W===n.UNSIGNED_BYTE&&(Z=n.R8UI),W===n.UNSIGNED_SHORT&&(Z=n.R16UI),W===n.UNSIGNED_INT&&(Z=n.R32UI),W===n.BYTE&&(Z=n.R8I),W===n.SHORT&&(Z=n.R16I),W===n.INT&&(Z=n.R32I)),y===n.RG&&(W===n.FLOAT&&(Z=n.RG32F),W===n.HALF_FLOAT&&(Z=n.RG16F),W===n.UNSIGNED_BYTE&&(Z=n.RG8),W===n.UNSIGNED_SHORT&&me&&(Z=me.RG16_EXT),W===n.SHORT&&me&&(Z=me.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(W===n.UNSIGNED_BYTE&&(Z=n.RG8UI),W===n.UNSIGNED_SHORT&&(Z=n.RG16UI),W===n.UNSIGNED_INT&&(Z=n.RG32UI),W===n.BYTE&&(Z=n.RG8I),W===n.SHORT&&(Z=n.RG16I),W===n.INT&&(Z=n.RG32I)),y===n.RGB_INTEGER&&(W===n.UNSIGNED_BYTE&&(Z=n.RGB8UI),W===n.UNSIGNED_SHORT&&(Z=n.RGB16UI),W===n.UNSIGNED_INT&&(Z=n.RGB32UI),W===n.BYTE&&(Z=n.RGB8I),W===n.SHORT&&(Z=n.RGB16I),W===n.INT&&(Z=n.RGB32I)),y===n.RGBA_INTEGER&&(W===n.UNSIGNED_BYTE&&(Z=n.RGBA8UI),W===n.UNSIGNED_SHORT&&(Z=n.RGBA16UI),W===n.UNSIGNED_INT&&(Z=n.RGBA32UI),W===n.BYTE&&(Z=n.RGBA8I),W===n.SHORT&&(Z=n.RGBA16I),W===n.INT&&(Z=n.RGBA32I)),y===n.RGB&&(W===n.UNSIGNED_SHORT&&me&&(Z=me.RGB16_EXT),W===n.SHORT&&me&&(Z=me.RGB16_SNORM_EXT),W===n.UNSIGNED_INT_5_9_9_9_REV&&(Z=n.RGB9_E5),W===n.UNSIGNED_INT_10F_11F_11F_REV&&(Z=n.R11F_G11F_B10F)),y===n.RGBA){let j=he?ks:Qe.getTransfer(ee);W===n.FLOAT&&(Z=n.RGBA32F),W===n.HALF_FLOAT&&(Z=n.RGBA16F),W===n.UNSIGNED_BYTE&&(Z=j===at?n.SRGB8_ALPHA8:n.RGBA8),W===n.UNSIGNED_SHORT&&me&&(Z=me.RGBA16_EXT),W===n.SHORT&&me&&(Z=me.RGBA16_SNORM_EXT),W===n.UNSIGNED_SHORT_4_4_4_4&&(Z=n.RGBA4),W===n.UNSIGNED_SHORT_5_5_5_1&&(Z=n.RGB5_A1)}return(Z===n.R16F||Z===n.R32F||Z===n.RG16F||Z===n.RG32F||Z===n.RGBA16F||Z===n.RGBA32F)&&e.get("EXT_color_buffer_float"),Z}function b(T,y){let W;return T?y===null||y===Tn||y===Zi?W=n.DEPTH24_STENCIL8:y===xn?W=n.DEPTH32F_STENCIL8:y===rs&&(W=n.DEPTH24_STENCIL8,Le("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Tn||y===Zi?W=n.DEPTH_COMPONENT24:y===xn?W=n.DEPTH_COMPONENT32F:y===rs&&(W=n.DEPTH_COMPONENT16),W}function w(T,y){return E(T)===!0||T.isFramebufferTexture&&T.minFilter!==It&&T.minFilter!==Wt?Math.log2(Math.max(y.width,y.height))+1:T.mipmaps.length>0?T.mipmaps.length:T.isCompressedTexture&&Array.isArray(T.image)?y.mipmaps.length:1}function F(T){let y=new WeakRef(T);i.get(T).__ref=y,m.add(y),x.register(T,y,y)}function R(T){let y=i.get(T).__ref;y!==void 0&&(m.delete(y),x.unregister(y))}function P(T){U(T.target)}function L(T){C(T.target)}function U(T){T.removeEventListener("dispose",P),R(T),H(T),T.isVideoTexture&&h.delete(T),T.isHTMLTexture&&f.delete(T)}function C(T){T.removeEventListener("dispose",L),R(T),J(T)}function N(){for(let T of m){let y=T.deref();y!==void 0&&(y.isRenderTarget===!0?C(y):U(y))}m.clear(),f.clear()}function H(T){let y=i.get(T);if(y.__webglInit===void 0)return;let W=T.source,se=d.get(W);if(se){let ee=se[y.__cacheKey];ee.usedTimes--,ee.usedTimes===0&&k(T),Object.keys(se).length===0&&d.delete(W)}i.remove(T)}function k(T){let y=i.get(T);n.deleteTexture(y.__webglTexture);let W=T.source,se=d.get(W);delete se[y.__cacheKey],a.memory.textures--}function J(T){let y=i.get(T);y.__depthDisposeCallback&&y.__depthDisposeCallback();let W=T.depthTexture;if(W&&W.renderTarget===T&&U(W),T.isWebGLCubeRenderTarget)for(let ee=0;ee<6;ee++){if(Array.isArray(y.__webglFramebuffer[ee]))for(let he=0;he<y.__webglFramebuffer[ee].length;he++)n.deleteFramebuffer(y.__webglFramebuffer[ee][he]);else n.deleteFramebuffer(y.__webglFramebuffer[ee]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[ee])}else{if(Array.isArray(y.__webglFramebuffer))for(let ee=0;ee<y.__webglFramebuffer.length;ee++)n.deleteFramebuffer(y.__webglFramebuffer[ee]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let ee=0;ee<y.__webglColorRenderbuffer.length;ee++)y.__webglColorRenderbuffer[ee]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[ee]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let se=T.textures;for(let ee=0,he=se.length;ee<he;ee++){let me=i.get(se[ee]);me.__webglTexture&&(n.deleteTexture(me.__webglTexture),a.memory.textures--),i.remove(se[ee])}i.remove(T)}let z=0;function X(){z=0}function B(){return z}function ie(T){z=T}function be(){let T=z;return T>=r.maxTextures&&Le("WebGLTextures: Trying to use "+(T+1)+" texture units while this GPU supports only "+r.maxTextures),z+=1,T}function q(T){let y=[];return y.push(T.wrapS),y.push(T.wrapT),y.push(T.wrapR||0),y.push(T.magFilter),y.push(T.minFilter),y.push(T.anisotropy),y.push(T.internalFormat),y.push(T.format),y.push(T.type),y.push(T.generateMipmaps),y.push(T.mipmapsAutoUpdate),y.push(T.premultiplyAlpha),y.push(T.flipY),y.push(T.unpackAlignment),y.push(T.colorSpace),y.join()}function te(T,y){let W=i.get(T);if(T.isVideoTexture&&_t(T),T.isRenderTargetTexture===!1&&T.isExternalTexture!==!0&&T.version>0&&W.__version!==T.version){let se=T.image;if(se===null)Le("WebGLRenderer: Texture marked for update but no image data found.");else if(se.complete===!1)Le("WebGLRenderer: Texture marked for update but image is incomplete");else{Ue(W,T,y);return}}else T.isExternalTexture&&(W.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,W.__webglTexture,n.TEXTURE0+y)}function ae(T,y){let W=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&W.__version!==T.version){Ue(W,T,y);return}else T.isExternalTexture&&(W.__webglTexture=T.sourceTexture?T.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,W.__webglTexture,n.TEXTURE0+y)}function le(T,y){let W=i.get(T);if(T.isRenderTargetTexture===!1&&T.version>0&&W.__version!==T.version){Ue(W,T,y);return}t.bindTexture(n.TEXTURE_3D,W.__webglTexture,n.TEXTURE0+y)}function ne(T,y){let W=i.get(T);if(T.version>0&&W.__version!==T.version){et(W,T,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,W.__webglTexture,n.TEXTURE0+y)}let Se={[Zo]:n.REPEAT,[Fn]:n.CLAMP_TO_EDGE,[Jo]:n.MIRRORED_REPEAT},qe={[It]:n.NEAREST,[vm]:n.NEAREST_MIPMAP_NEAREST,[ca]:n.NEAREST_MIPMAP_LINEAR,[Wt]:n.LINEAR,[wl]:n.LINEAR_MIPMAP_NEAREST,[ni]:n.LINEAR_MIPMAP_LINEAR},Te={[Am]:n.NEVER,[mu]:n.ALWAYS,[Em]:n.LESS,[du]:n.LEQUAL,[Tm]:n.EQUAL,[pu]:n.GEQUAL,[Cm]:n.GREATER,[Rm]:n.NOTEQUAL};function Ze(T,y){if(y.type===xn&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===Wt||y.magFilter===wl||y.magFilter===ca||y.magFilter===ni||y.minFilter===Wt||y.minFilter===wl||y.minFilter===ca||y.minFilter===ni)&&Le("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(T,n.TEXTURE_WRAP_S,Se[y.wrapS]),n.texParameteri(T,n.TEXTURE_WRAP_T,Se[y.wrapT]),(T===n.TEXTURE_3D||T===n.TEXTURE_2D_ARRAY)&&n.texParameteri(T,n.TEXTURE_WRAP_R,Se[y.wrapR]),n.texParameteri(T,n.TEXTURE_MAG_FILTER,qe[y.magFilter]),n.texParameteri(T,n.TEXTURE_MIN_FILTER,qe[y.minFilter]),y.compareFunction&&(n.texParameteri(T,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(T,n.TEXTURE_COMPARE_FUNC,Te[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===It||y.minFilter!==ca&&y.minFilter!==ni||y.type===xn&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let W=e.get("EXT_texture_filter_anisotropic");n.texParameterf(T,W.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function Me(T,y){let W=!1;T.__webglInit===void 0&&(T.__webglInit=!0,y.addEventListener("dispose",P),F(y));let se=y.source,ee=d.get(se);ee===void 0&&(ee={},d.set(se,ee));let he=q(y);if(he!==T.__cacheKey){ee[he]===void 0&&(ee[he]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,W=!0),ee[he].usedTimes++;let me=ee[T.__cacheKey];me!==void 0&&(ee[T.__cacheKey].usedTimes--,me.usedTimes===0&&k(y)),T.__cacheKey=he,T.__webglTexture=ee[he].texture}return W}function Re(T,y,W){return Math.floor(Math.floor(T/W)/y)}function Ye(T,y,W,se){let he=T.updateRanges;if(he.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,W,se,y.data);else{he.sort((I,Q)=>I.start-Q.start);let me=0;for(let I=1;I<he.length;I++){let Q=he[me],K=he[I],de=Q.start+Q.count,ce=Re(K.start,y.width,4),ue=Re(Q.start,y.width,4);K.start<=de+1&&ce===ue&&Re(K.start+K.count-1,y.width,4)===ce?Q.count=Math.max(Q.count,K.start+K.count-Q.start):(++me,he[me]=K)}he.length=me+1;let Z=t.getParameter(n.UNPACK_ROW_LENGTH),j=t.getParameter(n.UNPACK_SKIP_PIXELS),fe=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let I=0,Q=he.length;I<Q;I++){let K=he[I],de=Math.floor(K.start/4),ce=Math.ceil(K.count/4),ue=de%y.width,Pe=Math.floor(de/y.width),$e=ce,oe=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,ue),t.pixelStorei(n.UNPACK_SKIP_ROWS,Pe),t.texSubImage2D(n.TEXTURE_2D,0,ue,Pe,$e,oe,W,se,y.data)}T.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,Z),t.pixelStorei(n.UNPACK_SKIP_PIXELS,j),t.pixelStorei(n.UNPACK_SKIP_ROWS,fe)}}function Ue(T,y,W){let se=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(se=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(se=n.TEXTURE_3D);let ee=Me(T,y),he=y.source;t.bindTexture(se,T.__webglTexture,n.TEXTURE0+W);let me=i.get(he);if(he.version!==me.__version||ee===!0){if(t.activeTexture(n.TEXTURE0+W),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let oe=Qe.getPrimaries(Qe.workingColorSpace),Ie=y.colorSpace===ri?null:Qe.getPrimaries(y.colorSpace),We=y.colorSpace===ri||oe===Ie?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,We)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let j=_(y.image,!1,r.maxTextureSize);j=De(y,j);let fe=s.convert(y.format,y.colorSpace),I=s.convert(y.type),Q=S(y.internalFormat,fe,I,y.normalized,y.colorSpace,y.isVideoTexture);Ze(se,y);let K,de=y.mipmaps,ce=y.isVideoTexture!==!0,ue=me.__version===void 0||ee===!0,Pe=he.dataReady,$e=w(y,j);if(y.isDepthTexture)Q=b(y.format===ii,y.type),ue&&(ce?t.texStorage2D(n.TEXTURE_2D,1,Q,j.width,j.height):t.texImage2D(n.TEXTURE_2D,0,Q,j.width,j.height,0,fe,I,null));else if(y.isDataTexture)if(de.length>0){ce&&ue&&t.texStorage2D(n.TEXTURE_2D,$e,Q,de[0].width,de[0].height);for(let oe=0,Ie=de.length;oe<Ie;oe++)K=de[oe],ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,oe,0,0,K.width,K.height,fe,I,K.data):t.texImage2D(n.TEXTURE_2D,oe,Q,K.width,K.height,0,fe,I,K.data);y.generateMipmaps=!1}else ce?(ue&&t.texStorage2D(n.TEXTURE_2D,$e,Q,j.width,j.height),Pe&&Ye(y,j,fe,I)):t.texImage2D(n.TEXTURE_2D,0,Q,j.width,j.height,0,fe,I,j.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){ce&&ue&&t.texStorage3D(n.TEXTURE_2D_ARRAY,$e,Q,de[0].width,de[0].height,j.depth);for(let oe=0,Ie=de.length;oe<Ie;oe++)if(K=de[oe],y.format!==Rn)if(fe!==null)if(ce){if(Pe)if(y.layerUpdates.size>0){let We=Au(K.width,K.height,y.format,y.type);for(let ye of y.layerUpdates){let lt=K.data.subarray(ye*We/K.data.BYTES_PER_ELEMENT,(ye+1)*We/K.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,oe,0,0,ye,K.width,K.height,1,fe,lt)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,oe,0,0,0,K.width,K.height,j.depth,fe,K.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,oe,Q,K.width,K.height,j.depth,0,K.data,0,0);else Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else ce?Pe&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,oe,0,0,0,K.width,K.height,j.depth,fe,I,K.data):t.texImage3D(n.TEXTURE_2D_ARRAY,oe,Q,K.width,K.height,j.depth,0,fe,I,K.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{ce&&ue&&t.texStorage2D(n.TEXTURE_2D,$e,Q,de[0].width,de[0].height);for(let oe=0,Ie=de.length;oe<Ie;oe++)K=de[oe],y.format!==Rn?fe!==null?ce?Pe&&t.compressedTexSubImage2D(n.TEXTURE_2D,oe,0,0,K.width,K.height,fe,K.data):t.compressedTexImage2D(n.TEXTURE_2D,oe,Q,K.width,K.height,0,K.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,oe,0,0,K.width,K.height,fe,I,K.data):t.texImage2D(n.TEXTURE_2D,oe,Q,K.width,K.height,0,fe,I,K.data)}else if(y.isDataArrayTexture)if(ce){if(ue&&t.texStorage3D(n.TEXTURE_2D_ARRAY,$e,Q,j.width,j.height,j.depth),Pe)if(y.layerUpdates.size>0){let oe=Au(j.width,j.height,y.format,y.type);for(let Ie of y.layerUpdates){let We=j.data.subarray(Ie*oe/j.data.BYTES_PER_ELEMENT,(Ie+1)*oe/j.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Ie,j.width,j.height,1,fe,I,We)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,j.width,j.height,j.depth,fe,I,j.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,Q,j.width,j.height,j.depth,0,fe,I,j.data);else if(y.isData3DTexture)ce?(ue&&t.texStorage3D(n.TEXTURE_3D,$e,Q,j.width,j.height,j.depth),Pe&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,j.width,j.height,j.depth,fe,I,j.data)):t.texImage3D(n.TEXTURE_3D,0,Q,j.width,j.height,j.depth,0,fe,I,j.data);else if(y.isFramebufferTexture){if(ue)if(ce)t.texStorage2D(n.TEXTURE_2D,$e,Q,j.width,j.height);else{let oe=j.width,Ie=j.height;for(let We=0;We<$e;We++)t.texImage2D(n.TEXTURE_2D,We,Q,oe,Ie,0,fe,I,null),oe>>=1,Ie>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let oe=n.canvas;if(oe.hasAttribute("layoutsubtree")||oe.setAttribute("layoutsubtree","true"),j.parentNode!==oe){oe.appendChild(j),f.add(y),oe.onpaint=Ie=>{let We=Ie.changedElements;for(let ye of f)We.includes(ye.image)&&(ye.needsUpdate=!0)},oe.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,j);else{let We=n.RGBA,ye=n.RGBA,lt=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,We,ye,lt,j)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(de.length>0){if(ce&&ue){let oe=ze(de[0]);t.texStorage2D(n.TEXTURE_2D,$e,Q,oe.width,oe.height)}for(let oe=0,Ie=de.length;oe<Ie;oe++)K=de[oe],ce?Pe&&t.texSubImage2D(n.TEXTURE_2D,oe,0,0,fe,I,K):t.texImage2D(n.TEXTURE_2D,oe,Q,fe,I,K);y.generateMipmaps=!1}else if(ce){if(ue){let oe=ze(j);t.texStorage2D(n.TEXTURE_2D,$e,Q,oe.width,oe.height)}Pe&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,fe,I,j)}else t.texImage2D(n.TEXTURE_2D,0,Q,fe,I,j);E(y)&&y.mipmapsAutoUpdate===!0&&v(se),me.__version=he.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function et(T,y,W){if(y.image.length!==6)return;let se=Me(T,y),ee=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,T.__webglTexture,n.TEXTURE0+W);let he=i.get(ee);if(ee.version!==he.__version||se===!0){t.activeTexture(n.TEXTURE0+W);let me=Qe.getPrimaries(Qe.workingColorSpace),Z=y.colorSpace===ri?null:Qe.getPrimaries(y.colorSpace),j=y.colorSpace===ri||me===Z?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,j);let fe=y.isCompressedTexture||y.image[0].isCompressedTexture,I=y.image[0]&&y.image[0].isDataTexture,Q=[];for(let ye=0;ye<6;ye++)!fe&&!I?Q[ye]=_(y.image[ye],!0,r.maxCubemapSize):Q[ye]=I?y.image[ye].image:y.image[ye],Q[ye]=De(y,Q[ye]);let K=Q[0],de=s.convert(y.format,y.colorSpace),ce=s.convert(y.type),ue=S(y.internalFormat,de,ce,y.normalized,y.colorSpace),Pe=y.isVideoTexture!==!0,$e=he.__version===void 0||se===!0,oe=ee.dataReady,Ie=w(y,K);Ze(n.TEXTURE_CUBE_MAP,y);let We;if(y.isDepthTexture){if(ue=b(y.format===ii,y.type),$e)if(Pe)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,ue,K.width,K.height);else for(let ye=0;ye<6;ye++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,ue,K.width,K.height,0,de,ce,null)}else if(fe){Pe&&$e&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,ue,K.width,K.height);for(let ye=0;ye<6;ye++){We=Q[ye].mipmaps;for(let lt=0;lt<We.length;lt++){let Tt=We[lt];y.format!==Rn?de!==null?Pe?oe&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt,0,0,Tt.width,Tt.height,de,Tt.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt,ue,Tt.width,Tt.height,0,Tt.data):Le("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Pe?oe&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt,0,0,Tt.width,Tt.height,de,ce,Tt.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt,ue,Tt.width,Tt.height,0,de,ce,Tt.data)}}}else{if(We=y.mipmaps,Pe&&$e){We.length>0&&Ie++;let ye=ze(Q[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Ie,ue,ye.width,ye.height)}for(let ye=0;ye<6;ye++)if(I){Pe?oe&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,0,0,Q[ye].width,Q[ye].height,de,ce,Q[ye].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,ue,Q[ye].width,Q[ye].height,0,de,ce,Q[ye].data);for(let lt=0;lt<We.length;lt++){let ai=We[lt].image[ye].image;Pe?oe&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt+1,0,0,ai.width,ai.height,de,ce,ai.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt+1,ue,ai.width,ai.height,0,de,ce,ai.data)}}else{Pe?oe&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,0,0,de,ce,Q[ye]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,0,ue,de,ce,Q[ye]);for(let lt=0;lt<We.length;lt++){let Tt=We[lt];Pe?oe&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt+1,0,0,de,ce,Tt.image[ye]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+ye,lt+1,ue,de,ce,Tt.image[ye])}}}E(y)&&y.mipmapsAutoUpdate===!0&&v(n.TEXTURE_CUBE_MAP),he.__version=ee.version,y.onUpdate&&y.onUpdate(y)}T.__version=y.version}function Ne(T,y,W,se,ee,he){let me=s.convert(W.format,W.colorSpace),Z=s.convert(W.type),j=S(W.internalFormat,me,Z,W.normalized,W.colorSpace),fe=i.get(y),I=i.get(W);if(I.__renderTarget=y,!fe.__hasExternalTextures){let Q=Math.max(1,y.width>>he),K=Math.max(1,y.height>>he);ee===n.TEXTURE_3D||ee===n.TEXTURE_2D_ARRAY?t.texImage3D(ee,he,j,Q,K,y.depth,0,me,Z,null):t.texImage2D(ee,he,j,Q,K,0,me,Z,null)}t.bindFramebuffer(n.FRAMEBUFFER,T),xe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,se,ee,I.__webglTexture,0,pt(y)):(ee===n.TEXTURE_2D||ee>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&ee<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,se,ee,I.__webglTexture,he),t.bindFramebuffer(n.FRAMEBUFFER,null)}function Vt(T,y,W){if(n.bindRenderbuffer(n.RENDERBUFFER,T),y.depthBuffer){let se=y.depthTexture,ee=se&&se.isDepthTexture?se.type:null,he=b(y.stencilBuffer,ee),me=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;xe(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),he,y.width,y.height):W?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),he,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,he,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,me,n.RENDERBUFFER,T)}else{let se=y.textures;for(let ee=0;ee<se.length;ee++){let he=se[ee],me=s.convert(he.format,he.colorSpace),Z=s.convert(he.type),j=S(he.internalFormat,me,Z,he.normalized,he.colorSpace);xe(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,pt(y),j,y.width,y.height):W?n.renderbufferStorageMultisample(n.RENDERBUFFER,pt(y),j,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,j,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function ot(T,y,W){let se=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,T),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let ee=i.get(y.depthTexture);ee.__renderTarget=y;let he=se?y.depthTexture.image[0]:y.depthTexture.image;(!ee.__webglTexture||he.width!==y.width||he.height!==y.height)&&(he.width=y.width,he.height=y.height,y.depthTexture.needsUpdate=!0),se?ne(y.depthTexture,0):te(y.depthTexture,0);let me=ee.__webglTexture,Z=pt(y),j=se?n.TEXTURE_CUBE_MAP_POSITIVE_X+W:n.TEXTURE_2D,fe=y.depthTexture.format===ii?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===jn)xe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,fe,j,me,0,Z):n.framebufferTexture2D(n.FRAMEBUFFER,fe,j,me,0);else if(y.depthTexture.format===ii)xe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,fe,j,me,0,Z):n.framebufferTexture2D(n.FRAMEBUFFER,fe,j,me,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function on(T){let y=i.get(T),W=T.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==T.depthTexture){let se=T.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),se){let ee=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,se.removeEventListener("dispose",ee)};se.addEventListener("dispose",ee),y.__depthDisposeCallback=ee}y.__boundDepthTexture=se}if(T.depthTexture&&!y.__autoAllocateDepthBuffer)if(W)for(let se=0;se<6;se++)ot(y.__webglFramebuffer[se],T,se);else T.texture.mipmaps.length>0?ot(y.__webglFramebuffer[0],T,0):ot(y.__webglFramebuffer,T,0);else if(W){y.__webglDepthbuffer=[];for(let se=0;se<6;se++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[se]),y.__webglDepthbuffer[se]===void 0)y.__webglDepthbuffer[se]=n.createRenderbuffer(),Vt(y.__webglDepthbuffer[se],T,!1);else{let ee=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,he=y.__webglDepthbuffer[se];n.bindRenderbuffer(n.RENDERBUFFER,he),n.framebufferRenderbuffer(n.FRAMEBUFFER,ee,n.RENDERBUFFER,he)}}else if(T.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),Vt(y.__webglDepthbuffer,T,!1);else{let ee=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,he=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,he),n.framebufferRenderbuffer(n.FRAMEBUFFER,ee,n.RENDERBUFFER,he)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function ln(T,y,W){let se=i.get(T);y!==void 0&&Ne(se.__webglFramebuffer,T,T.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),W!==void 0&&on(T)}function cn(T){let y=T.texture,W=i.get(T),se=i.get(y);T.addEventListener("dispose",L),F(T);let ee=T.textures,he=T.isWebGLCubeRenderTarget===!0,me=ee.length>1;if(me||(se.__webglTexture===void 0&&(se.__webglTexture=n.createTexture()),se.__version=y.version,a.memory.textures++),he){W.__webglFramebuffer=[];for(let Z=0;Z<6;Z++)if(y.mipmaps.length>0){W.__webglFramebuffer[Z]=[];for(let j=0;j<y.mipmaps.length;j++)W.__webglFramebuffer[Z][j]=n.createFramebuffer()}else W.__webglFramebuffer[Z]=n.createFramebuffer()}else{if(y.mipmaps.length>0){W.__webglFramebuffer=[];for(let Z=0;Z<y.mipmaps.length;Z++)W.__webglFramebuffer[Z]=n.createFramebuffer()}else W.__webglFramebuffer=n.createFramebuffer();if(me)for(let Z=0,j=ee.length;Z<j;Z++){let fe=i.get(ee[Z]);fe.__webglTexture===void 0&&(fe.__webglTexture=n.createTexture(),a.memory.textures++)}if(T.samples>0&&xe(T)===!1){W.__webglMultisampledFramebuffer=n.createFramebuffer(),W.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,W.__webglMultisampledFramebuffer);for(let Z=0;Z<ee.length;Z++){let j=ee[Z];W.__webglColorRenderbuffer[Z]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,W.__webglColorRenderbuffer[Z]);let fe=s.convert(j.format,j.colorSpace),I=s.convert(j.type),Q=S(j.internalFormat,fe,I,j.normalized,j.colorSpace,T.isXRRenderTarget===!0),K=pt(T);n.renderbufferStorageMultisample(n.RENDERBUFFER,K,Q,T.width,T.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Z,n.RENDERBUFFER,W.__webglColorRenderbuffer[Z])}n.bindRenderbuffer(n.RENDERBUFFER,null),T.depthBuffer&&(W.__webglDepthRenderbuffer=n.createRenderbuffer(),Vt(W.__webglDepthRenderbuffer,T,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(he){t.bindTexture(n.TEXTURE_CUBE_MAP,se.__webglTexture),Ze(n.TEXTURE_CUBE_MAP,y);for(let Z=0;Z<6;Z++)if(y.mipmaps.length>0)for(let j=0;j<y.mipmaps.length;j++)Ne(W.__webglFramebuffer[Z][j],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Z,j);else Ne(W.__webglFramebuffer[Z],T,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Z,0);E(y)?v(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(me){for(let Z=0,j=ee.length;Z<j;Z++){let fe=ee[Z],I=i.get(fe),Q=n.TEXTURE_2D;(T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Q=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Q,I.__webglTexture),Ze(Q,fe),Ne(W.__webglFramebuffer,T,fe,n.COLOR_ATTACHMENT0+Z,Q,0),E(fe)&&v(Q)}t.unbindTexture()}else{let Z=n.TEXTURE_2D;if((T.isWebGL3DRenderTarget||T.isWebGLArrayRenderTarget)&&(Z=T.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Z,se.__webglTexture),Ze(Z,y),y.mipmaps.length>0)for(let j=0;j<y.mipmaps.length;j++)Ne(W.__webglFramebuffer[j],T,y,n.COLOR_ATTACHMENT0,Z,j);else Ne(W.__webglFramebuffer,T,y,n.COLOR_ATTACHMENT0,Z,0);E(y)?v(Z):y.mipmaps.length>0&&n.texParameteri(Z,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}T.depthBuffer&&on(T)}function O(T){let y=T.textures;for(let W=0,se=y.length;W<se;W++){let ee=y[W];if(E(ee)&&ee.mipmapsAutoUpdate===!0){let he=A(T),me=i.get(ee).__webglTexture;t.bindTexture(he,me),v(he),t.unbindTexture()}}}let hn=[];function dt(T){if(T.samples>0){if(xe(T)===!1){let y=T.textures,W=T.width,se=T.height,ee=n.COLOR_BUFFER_BIT,he=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,me=i.get(T),Z=y.length>1;if(Z)for(let fe=0;fe<y.length;fe++)t.bindFramebuffer(n.FRAMEBUFFER,me.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,me.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,me.__webglMultisampledFramebuffer),T.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglFramebuffer);for(let fe=0;fe<y.length;fe++){if(T.resolveDepthBuffer&&(T.depthBuffer&&(ee|=n.DEPTH_BUFFER_BIT),T.stencilBuffer&&T.resolveStencilBuffer&&(ee|=n.STENCIL_BUFFER_BIT)),Z){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,me.__webglColorRenderbuffer[fe]);let I=i.get(y[fe]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,I,0)}n.blitFramebuffer(0,0,W,se,0,0,W,se,ee,n.NEAREST),l===!0&&(hn.length=0,hn.push(n.COLOR_ATTACHMENT0+fe),T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&hn.push(he),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,hn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),Z)for(let fe=0;fe<y.length;fe++){t.bindFramebuffer(n.FRAMEBUFFER,me.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.RENDERBUFFER,me.__webglColorRenderbuffer[fe]);let I=i.get(y[fe]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,me.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+fe,n.TEXTURE_2D,I,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,me.__webglMultisampledFramebuffer)}else if(T.depthBuffer&&T.storeMultisampledDepthBuffer===!1&&l){let y=T.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function pt(T){return Math.min(r.maxSamples,T.samples)}function xe(T){let y=i.get(T);return T.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function _t(T){let y=a.render.frame;h.get(T)!==y&&(h.set(T,y),T.update())}function De(T,y){let W=T.colorSpace,se=T.format,ee=T.type;return T.isCompressedTexture===!0||T.isVideoTexture===!0||W!==Bs&&W!==ri&&(Qe.getTransfer(W)===at?(se!==Rn||ee!==Jt)&&Le("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Be("WebGLTextures: Unsupported texture color space:",W)),y}function ze(T){return typeof HTMLImageElement<"u"&&T instanceof HTMLImageElement?(c.width=T.naturalWidth||T.width,c.height=T.naturalHeight||T.height):typeof VideoFrame<"u"&&T instanceof VideoFrame?(c.width=T.displayWidth,c.height=T.displayHeight):(c.width=T.width,c.height=T.height),c}this.allocateTextureUnit=be,this.resetTextureUnits=X,this.getTextureUnits=B,this.setTextureUnits=ie,this.setTexture2D=te,this.setTexture2DArray=ae,this.setTexture3D=le,this.setTextureCube=ne,this.rebindTextures=ln,this.setupRenderTarget=cn,this.updateRenderTargetMipmap=O,this.updateMultisampleRenderTarget=dt,this.setupDepthRenderbuffer=on,this.setupFrameBufferTexture=Ne,this.useMultisampledRTT=xe,this.dispose=N}function NS(n,e){function t(i,r=ri){let s,a=Qe.getTransfer(r);if(i===Jt)return n.UNSIGNED_BYTE;if(i===El)return n.UNSIGNED_SHORT_4_4_4_4;if(i===Tl)return n.UNSIGNED_SHORT_5_5_5_1;if(i===cu)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===hu)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===ou)return n.BYTE;if(i===lu)return n.SHORT;if(i===rs)return n.UNSIGNED_SHORT;if(i===Al)return n.INT;if(i===Tn)return n.UNSIGNED_INT;if(i===xn)return n.FLOAT;if(i===Cn)return n.HALF_FLOAT;if(i===uu)return n.ALPHA;if(i===fu)return n.RGB;if(i===Rn)return n.RGBA;if(i===jn)return n.DEPTH_COMPONENT;if(i===ii)return n.DEPTH_STENCIL;if(i===Cl)return n.RED;if(i===Rl)return n.RED_INTEGER;if(i===Ai)return n.RG;if(i===Pl)return n.RG_INTEGER;if(i===Il)return n.RGBA_INTEGER;if(i===ha||i===ua||i===fa||i===da)if(a===at)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===ha)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===ua)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===fa)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===da)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===ha)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===ua)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===fa)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===da)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===Ll||i===Nl||i===Dl||i===Fl)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===Ll)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===Nl)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===Dl)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===Fl)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===Ul||i===Ol||i===Bl||i===kl||i===zl||i===pa||i===Vl)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===Ul||i===Ol)return a===at?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===Bl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===kl)return s.COMPRESSED_R11_EAC;if(i===zl)return s.COMPRESSED_SIGNED_R11_EAC;if(i===pa)return s.COMPRESSED_RG11_EAC;if(i===Vl)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===Gl||i===Hl||i===Wl||i===$l||i===Xl||i===ql||i===Yl||i===Kl||i===Zl||i===Jl||i===jl||i===Ql||i===ec||i===tc)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===Gl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===Hl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===Wl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===$l)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===Xl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===ql)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Yl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===Kl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===Zl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===Jl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===jl)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===Ql)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===ec)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===tc)return a===at?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===nc||i===ic||i===rc)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===nc)return a===at?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===ic)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===rc)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===sc||i===ac||i===ma||i===oc)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===sc)return s.COMPRESSED_RED_RGTC1_EXT;if(i===ac)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===ma)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===oc)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===Zi?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var DS=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,FS=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,ku=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new Js(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new On({vertexShader:DS,fragmentShader:FS,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Xt(new Xi(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},zu=class extends En{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",l=1,c=null,h=null,f=null,u=null,d=null,m=null,x=typeof XRWebGLBinding<"u",g=new ku,p={},_=t.getContextAttributes(),E=null,v=null,A=[],S=[],b=new Fe,w=null,F=null,R=new Ht;R.viewport=new mt;let P=new Ht;P.viewport=new mt;let L=[R,P],U=new yl,C=null,N=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(q){let te=A[q];return te===void 0&&(te=new Yr,A[q]=te),te.getTargetRaySpace()},this.getControllerGrip=function(q){let te=A[q];return te===void 0&&(te=new Yr,A[q]=te),te.getGripSpace()},this.getHand=function(q){let te=A[q];return te===void 0&&(te=new Yr,A[q]=te),te.getHandSpace()};function H(q){let te=S.indexOf(q.inputSource);if(te===-1)return;let ae=A[te];ae!==void 0&&(ae.update(q.inputSource,q.frame,c||a),ae.dispatchEvent({type:q.type,data:q.inputSource}))}function k(){r.removeEventListener("select",H),r.removeEventListener("selectstart",H),r.removeEventListener("selectend",H),r.removeEventListener("squeeze",H),r.removeEventListener("squeezestart",H),r.removeEventListener("squeezeend",H),r.removeEventListener("end",k),r.removeEventListener("inputsourceschange",J);for(let q=0;q<A.length;q++){let te=S[q];te!==null&&(S[q]=null,A[q].disconnect(te))}C=null,N=null,g.reset();for(let q in p)delete p[q];if(e.setRenderTarget(E),d=null,u=null,f=null,r=null,v=null,be.stop(),i.isPresenting=!1,e.setPixelRatio(w),e.setSize(b.width,b.height,!1),F!==null){let q=F.camera;q.fov=F.fov,q.zoom=F.zoom,q.updateProjectionMatrix(),F=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(q){s=q,i.isPresenting===!0&&Le("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(q){o=q,i.isPresenting===!0&&Le("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||a},this.setReferenceSpace=function(q){c=q},this.getBaseLayer=function(){return u!==null?u:d},this.getBinding=function(){return f===null&&x&&(f=new XRWebGLBinding(r,t)),f},this.getFrame=function(){return m},this.getSession=function(){return r},this.setSession=async function(q){if(r=q,r!==null){if(E=e.getRenderTarget(),r.addEventListener("select",H),r.addEventListener("selectstart",H),r.addEventListener("selectend",H),r.addEventListener("squeeze",H),r.addEventListener("squeezestart",H),r.addEventListener("squeezeend",H),r.addEventListener("end",k),r.addEventListener("inputsourceschange",J),_.xrCompatible!==!0&&await t.makeXRCompatible(),w=e.getPixelRatio(),e.getSize(b),x&&"createProjectionLayer"in XRWebGLBinding.prototype){let ae=null,le=null,ne=null;_.depth&&(ne=_.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,ae=_.stencil?ii:jn,le=_.stencil?Zi:Tn);let Se={colorFormat:t.RGBA8,depthFormat:ne,scaleFactor:s};f=this.getBinding(),u=f.createProjectionLayer(Se),r.updateRenderState({layers:[u]}),e.setPixelRatio(1),e.setSize(u.textureWidth,u.textureHeight,!1),v=new sn(u.textureWidth,u.textureHeight,{format:Rn,type:Jt,depthTexture:new ti(u.textureWidth,u.textureHeight,le,void 0,void 0,void 0,void 0,void 0,void 0,ae),stencilBuffer:_.stencil,colorSpace:e.outputColorSpace,samples:_.antialias?4:0,resolveDepthBuffer:u.ignoreDepthValues===!1,resolveStencilBuffer:u.ignoreDepthValues===!1,storeMultisampledDepthBuffer:u.ignoreDepthValues===!1,storeMultisampledStencilBuffer:u.ignoreDepthValues===!1})}else{let ae={antialias:_.antialias,alpha:!0,depth:_.depth,stencil:_.stencil,framebufferScaleFactor:s};d=new XRWebGLLayer(r,t,ae),r.updateRenderState({baseLayer:d}),e.setPixelRatio(1),e.setSize(d.framebufferWidth,d.framebufferHeight,!1),v=new sn(d.framebufferWidth,d.framebufferHeight,{format:Rn,type:Jt,colorSpace:e.outputColorSpace,stencilBuffer:_.stencil,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}v.isXRRenderTarget=!0,this.setFoveation(l),c=null,a=await r.requestReferenceSpace(o),be.setContext(r),be.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function J(q){for(let te=0;te<q.removed.length;te++){let ae=q.removed[te],le=S.indexOf(ae);le>=0&&(S[le]=null,A[le].disconnect(ae))}for(let te=0;te<q.added.length;te++){let ae=q.added[te],le=S.indexOf(ae);if(le===-1){for(let Se=0;Se<A.length;Se++)if(Se>=S.length){S.push(ae),le=Se;break}else if(S[Se]===null){S[Se]=ae,le=Se;break}if(le===-1)break}let ne=A[le];ne&&ne.connect(ae)}}function z(q,te){te===null?q.matrixWorld.copy(q.matrix):q.matrixWorld.multiplyMatrices(te.matrixWorld,q.matrix),q.matrixWorldInverse.copy(q.matrixWorld).invert()}this.updateCamera=function(q){if(r===null)return;let te=q.near,ae=q.far;g.texture!==null&&(g.depthNear>0&&(te=g.depthNear),g.depthFar>0&&(ae=g.depthFar)),U.near=P.near=R.near=te,U.far=P.far=R.far=ae,(C!==U.near||N!==U.far)&&(r.updateRenderState({depthNear:U.near,depthFar:U.far}),C=U.near,N=U.far),U.layers.mask=q.layers.mask|6,R.layers.mask=U.layers.mask&-5,P.layers.mask=U.layers.mask&-3;let le=q.parent,ne=U.cameras;z(U,le);for(let Se=0;Se<ne.length;Se++)z(ne[Se],le);U.projectionMatrix.copy(R.projectionMatrix),U.projectionMatrixInverse.copy(R.projectionMatrixInverse),F===null&&q.isPerspectiveCamera&&(F={camera:q,fov:q.fov,zoom:q.zoom}),X(q,U,le)};function X(q,te,ae){ae===null?q.matrix.copy(te.matrixWorld):(q.matrix.copy(ae.matrixWorld),q.matrix.invert(),q.matrix.multiply(te.matrixWorld)),q.matrix.decompose(q.position,q.quaternion,q.scale),q.updateMatrixWorld(!0),q.projectionMatrix.copy(te.projectionMatrix),q.projectionMatrixInverse.copy(te.projectionMatrixInverse),q.isPerspectiveCamera&&(q.fov=$r*2*Math.atan(1/q.projectionMatrix.elements[5]),q.zoom=1)}this.getCamera=function(){return U},this.getFoveation=function(){if(!(u===null&&d===null))return l},this.setFoveation=function(q){l=q,u!==null&&(u.fixedFoveation=q),d!==null&&d.fixedFoveation!==void 0&&(d.fixedFoveation=q)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(U)},this.getCameraTexture=function(q){return p[q]};let B=null;function ie(q,te){if(h=te.getViewerPose(c||a),m=te,h!==null){let ae=h.views;d!==null&&(e.setRenderTargetFramebuffer(v,d.framebuffer),e.setRenderTarget(v));let le=!1;ae.length!==U.cameras.length&&(U.cameras.length=0,le=!0);for(let Te=0;Te<ae.length;Te++){let Ze=ae[Te],Me=null;if(d!==null)Me=d.getViewport(Ze);else{let Ye=f.getViewSubImage(u,Ze);Me=Ye.viewport,Te===0&&(e.setRenderTargetTextures(v,Ye.colorTexture,Ye.depthStencilTexture),e.setRenderTarget(v))}let Re=L[Te];Re===void 0&&(Re=new Ht,Re.layers.enable(Te),Re.viewport=new mt,L[Te]=Re),Re.matrix.fromArray(Ze.transform.matrix),Re.matrix.decompose(Re.position,Re.quaternion,Re.scale),Re.projectionMatrix.fromArray(Ze.projectionMatrix),Re.projectionMatrixInverse.copy(Re.projectionMatrix).invert(),Re.viewport.set(Me.x,Me.y,Me.width,Me.height),Te===0&&(U.matrix.copy(Re.matrix),U.matrix.decompose(U.position,U.quaternion,U.scale)),le===!0&&U.cameras.push(Re)}let ne=r.enabledFeatures;if(ne&&ne.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&x){f=i.getBinding();let Te=f.getDepthInformation(ae[0]);Te&&Te.isValid&&Te.texture&&g.init(Te,r.renderState)}if(ne&&ne.includes("camera-access")&&x){e.state.unbindTexture(),f=i.getBinding();for(let Te=0;Te<ae.length;Te++){let Ze=ae[Te].camera;if(Ze){let Me=p[Ze];Me||(Me=new Js,p[Ze]=Me);let Re=f.getCameraImage(Ze);Me.sourceTexture=Re}}}}for(let ae=0;ae<A.length;ae++){let le=S[ae],ne=A[ae];le!==null&&ne!==void 0&&ne.update(le,te,c||a)}B&&B(q,te),te.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:te}),m=null}let be=new lg;be.setAnimationLoop(ie),this.setAnimationLoop=function(q){B=q},this.dispose=function(){}}},US=new it,xg=new ke;xg.set(-1,0,0,0,1,0,0,0,1);function OS(n,e){function t(g,p){g.matrixAutoUpdate===!0&&g.updateMatrix(),p.value.copy(g.matrix)}function i(g,p){p.color.getRGB(g.fogColor.value,Mu(n)),p.isFog?(g.fogNear.value=p.near,g.fogFar.value=p.far):p.isFogExp2&&(g.fogDensity.value=p.density)}function r(g,p,_,E,v){p.isNodeMaterial?p.uniformsNeedUpdate=!1:p.isMeshBasicMaterial?s(g,p):p.isMeshLambertMaterial?(s(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshToonMaterial?(s(g,p),f(g,p)):p.isMeshPhongMaterial?(s(g,p),h(g,p),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)):p.isMeshStandardMaterial?(s(g,p),u(g,p),p.isMeshPhysicalMaterial&&d(g,p,v)):p.isMeshMatcapMaterial?(s(g,p),m(g,p)):p.isMeshDepthMaterial?s(g,p):p.isMeshDistanceMaterial?(s(g,p),x(g,p)):p.isMeshNormalMaterial?s(g,p):p.isLineBasicMaterial?(a(g,p),p.isLineDashedMaterial&&o(g,p)):p.isPointsMaterial?l(g,p,_,E):p.isSpriteMaterial?c(g,p):p.isShadowMaterial?(g.color.value.copy(p.color),g.opacity.value=p.opacity):p.isShaderMaterial&&(p.uniformsNeedUpdate=!1)}function s(g,p){g.opacity.value=p.opacity,p.color&&g.diffuse.value.copy(p.color),p.emissive&&g.emissive.value.copy(p.emissive).multiplyScalar(p.emissiveIntensity),p.map&&(g.map.value=p.map,t(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.bumpMap&&(g.bumpMap.value=p.bumpMap,t(p.bumpMap,g.bumpMapTransform),g.bumpScale.value=p.bumpScale,p.side===qt&&(g.bumpScale.value*=-1)),p.normalMap&&(g.normalMap.value=p.normalMap,t(p.normalMap,g.normalMapTransform),g.normalScale.value.copy(p.normalScale),p.side===qt&&g.normalScale.value.negate()),p.displacementMap&&(g.displacementMap.value=p.displacementMap,t(p.displacementMap,g.displacementMapTransform),g.displacementScale.value=p.displacementScale,g.displacementBias.value=p.displacementBias),p.emissiveMap&&(g.emissiveMap.value=p.emissiveMap,t(p.emissiveMap,g.emissiveMapTransform)),p.specularMap&&(g.specularMap.value=p.specularMap,t(p.specularMap,g.specularMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest);let _=e.get(p),E=_.envMap,v=_.envMapRotation;E&&(g.envMap.value=E,g.envMapRotation.value.setFromMatrix4(US.makeRotationFromEuler(v)).transpose(),E.isCubeTexture&&E.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(xg),g.reflectivity.value=p.reflectivity,g.ior.value=p.ior,g.refractionRatio.value=p.refractionRatio),p.lightMap&&(g.lightMap.value=p.lightMap,g.lightMapIntensity.value=p.lightMapIntensity,t(p.lightMap,g.lightMapTransform)),p.aoMap&&(g.aoMap.value=p.aoMap,g.aoMapIntensity.value=p.aoMapIntensity,t(p.aoMap,g.aoMapTransform))}function a(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,p.map&&(g.map.value=p.map,t(p.map,g.mapTransform))}function o(g,p){g.dashSize.value=p.dashSize,g.totalSize.value=p.dashSize+p.gapSize,g.scale.value=p.scale}function l(g,p,_,E){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.size.value=p.size*_,g.scale.value=E*.5,p.map&&(g.map.value=p.map,t(p.map,g.uvTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function c(g,p){g.diffuse.value.copy(p.color),g.opacity.value=p.opacity,g.rotation.value=p.rotation,p.map&&(g.map.value=p.map,t(p.map,g.mapTransform)),p.alphaMap&&(g.alphaMap.value=p.alphaMap,t(p.alphaMap,g.alphaMapTransform)),p.alphaTest>0&&(g.alphaTest.value=p.alphaTest)}function h(g,p){g.specular.value.copy(p.specular),g.shininess.value=Math.max(p.shininess,1e-4)}function f(g,p){p.gradientMap&&(g.gradientMap.value=p.gradientMap)}function u(g,p){g.metalness.value=p.metalness,p.metalnessMap&&(g.metalnessMap.value=p.metalnessMap,t(p.metalnessMap,g.metalnessMapTransform)),g.roughness.value=p.roughness,p.roughnessMap&&(g.roughnessMap.value=p.roughnessMap,t(p.roughnessMap,g.roughnessMapTransform)),p.envMap&&(g.envMapIntensity.value=p.envMapIntensity)}function d(g,p,_){g.ior.value=p.ior,p.diffuseRoughness>0&&(g.diffuseRoughness.value=p.diffuseRoughness,p.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=p.diffuseRoughnessMap,t(p.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),p.sheen>0&&(g.sheenColor.value.copy(p.sheenColor).multiplyScalar(p.sheen),g.sheenRoughness.value=p.sheenRoughness,p.sheenColorMap&&(g.sheenColorMap.value=p.sheenColorMap,t(p.sheenColorMap,g.sheenColorMapTransform)),p.sheenRoughnessMap&&(g.sheenRoughnessMap.value=p.sheenRoughnessMap,t(p.sheenRoughnessMap,g.sheenRoughnessMapTransform))),p.clearcoat>0&&(g.clearcoat.value=p.clearcoat,g.clearcoatRoughness.value=p.clearcoatRoughness,p.clearcoatMap&&(g.clearcoatMap.value=p.clearcoatMap,t(p.clearcoatMap,g.clearcoatMapTransform)),p.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=p.clearcoatRoughnessMap,t(p.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),p.clearcoatNormalMap&&(g.clearcoatNormalMap.value=p.clearcoatNormalMap,t(p.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(p.clearcoatNormalScale),p.side===qt&&g.clearcoatNormalScale.value.negate())),p.dispersion>0&&(g.dispersion.value=p.dispersion),p.retroreflectivity>0&&(g.retroreflectivity.value=p.retroreflectivity),p.iridescence>0&&(g.iridescence.value=p.iridescence,g.iridescenceIOR.value=p.iridescenceIOR,g.iridescenceThicknessMinimum.value=p.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=p.iridescenceThicknessMaximum,p.iridescenceMap&&(g.iridescenceMap.value=p.iridescenceMap,t(p.iridescenceMap,g.iridescenceMapTransform)),p.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=p.iridescenceThicknessMap,t(p.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),p.transmission>0&&(g.transmission.value=p.transmission,g.transmissionSamplerMap.value=_.texture,g.transmissionSamplerSize.value.set(_.width,_.height),p.transmissionMap&&(g.transmissionMap.value=p.transmissionMap,t(p.transmissionMap,g.transmissionMapTransform)),g.thickness.value=p.thickness,p.thicknessMap&&(g.thicknessMap.value=p.thicknessMap,t(p.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=p.attenuationDistance,g.attenuationColor.value.copy(p.attenuationColor)),p.anisotropy>0&&(g.anisotropyVector.value.set(p.anisotropy*Math.cos(p.anisotropyRotation),p.anisotropy*Math.sin(p.anisotropyRotation)),p.anisotropyMap&&(g.anisotropyMap.value=p.anisotropyMap,t(p.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=p.specularIntensity,g.specularColor.value.copy(p.specularColor),p.specularColorMap&&(g.specularColorMap.value=p.specularColorMap,t(p.specularColorMap,g.specularColorMapTransform)),p.specularIntensityMap&&(g.specularIntensityMap.value=p.specularIntensityMap,t(p.specularIntensityMap,g.specularIntensityMapTransform))}function m(g,p){p.matcap&&(g.matcap.value=p.matcap)}function x(g,p){let _=e.get(p).light;g.referencePosition.value.setFromMatrixPosition(_.matrixWorld),g.nearDistance.value=_.shadow.camera.near,g.farDistance.value=_.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function BS(n,e,t,i){let r={},s={};function a(_,E){let v=E.program;i.uniformBlockBinding(_,v,r[_.id])}function o(_,E){let v=r[_.id];v===void 0&&(m(_),v=l(_),r[_.id]=v,_.addEventListener("dispose",g));let A=E.program;i.updateUBOMapping(_,A);let S=e.render.frame;s[_.id]!==S&&(c(_),s[_.id]=S)}function l(_){let E=n.createBuffer(),v=_.__size,A=_.usage;return n.bindBuffer(n.UNIFORM_BUFFER,E),n.bufferData(n.UNIFORM_BUFFER,v,A),n.bindBuffer(n.UNIFORM_BUFFER,null),E}function c(_){let E=r[_.id],v=_.uniforms,A=_.__cache;n.bindBuffer(n.UNIFORM_BUFFER,E);for(let S=0,b=v.length;S<b;S++){let w=v[S];if(Array.isArray(w))for(let F=0,R=w.length;F<R;F++)h(w[F],S,F,A);else h(w,S,0,A)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function h(_,E,v,A){if(u(_,E,v,A)===!0){let S=_.__offset,b=_.value;if(Array.isArray(b)){let w=0;for(let F=0;F<b.length;F++){let R=b[F],P=x(R,!0);f(R,_.__data,w),w+=P.storage/Float32Array.BYTES_PER_ELEMENT}}else f(b,_.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,S,_.__data)}}function f(_,E,v){typeof _=="number"||typeof _=="boolean"?E[v]=_:_.isMatrix3?(E[v]=_.elements[0],E[v+1]=_.elements[1],E[v+2]=_.elements[2],E[v+3]=0,E[v+4]=_.elements[3],E[v+5]=_.elements[4],E[v+6]=_.elements[5],E[v+7]=0,E[v+8]=_.elements[6],E[v+9]=_.elements[7],E[v+10]=_.elements[8],E[v+11]=0):ArrayBuffer.isView(_)?E.set(_.subarray(0,E.length-v),v):_.toArray(E,v)}function u(_,E,v,A){let S=_.value,b=E+"_"+v;if(Array.isArray(S)){A[b]===void 0&&(A[b]=[]);let w=A[b],F=!1;for(let R=0;R<S.length;R++)d(S[R],w,R)===!0&&(F=!0);return F}return d(S,A,b)}function d(_,E,v){if(E[v]===void 0)return typeof _=="number"||typeof _=="boolean"?E[v]=_:ArrayBuffer.isView(_)?E[v]=_.slice():E[v]=_.clone(),!0;{let A=E[v];if(typeof _=="number"||typeof _=="boolean"){if(A!==_)return E[v]=_,!0}else{if(ArrayBuffer.isView(_))return!0;if(A.equals(_)===!1)return A.copy(_),!0}}return!1}function m(_){let E=_.uniforms,v=0,A=16;for(let b=0,w=E.length;b<w;b++){let F=Array.isArray(E[b])?E[b]:[E[b]];for(let R=0,P=F.length;R<P;R++){let L=F[R],U=Array.isArray(L.value)?L.value:[L.value],C=Array.isArray(E[b])||Array.isArray(L.value),N=v;for(let k=0,J=U.length;k<J;k++){let z=U[k],X=x(z,C),B=v%A,ie=B%X.boundary,be=B+ie;v+=ie,be!==0&&A-be<X.storage&&(v+=A-be),k===0&&(N=v),v+=X.storage}let H=L.type==="int"?Int32Array:L.type==="uint"?Uint32Array:Float32Array;L.__data=new H((v-N)/Float32Array.BYTES_PER_ELEMENT),L.__offset=N}}let S=v%A;return S>0&&(v+=A-S),_.__size=v,_.__cache={},this}function x(_,E){let v={boundary:0,storage:0};return typeof _=="number"||typeof _=="boolean"?(v.boundary=4,v.storage=4):_.isVector2?(v.boundary=8,v.storage=8):_.isVector3||_.isColor?(v.boundary=16,v.storage=12):_.isVector4?(v.boundary=16,v.storage=16):_.isMatrix3?(v.boundary=16,v.storage=48):_.isMatrix4?(v.boundary=16,v.storage=64):_.isTexture?Le("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(_)?(v.boundary=16,v.storage=_.byteLength):Le("WebGLRenderer: Unsupported uniform value type.",_),E===!0&&(v.boundary=16,v.storage=Math.ceil(v.storage/16)*16),v}function g(_){let E=_.target;E.removeEventListener("dispose",g),n.deleteBuffer(r[E.id]),delete r[E.id],delete s[E.id]}function p(){for(let _ in r)n.deleteBuffer(r[_]);r={},s={}}return{bind:a,update:o,dispose:p}}var kS=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),kn=null;function zS(){return kn===null&&(kn=new $s(kS,16,16,Ai,Cn),kn.name="DFG_LUT",kn.minFilter=Wt,kn.magFilter=Wt,kn.wrapS=Fn,kn.wrapT=Fn,kn.generateMipmaps=!1,kn.needsUpdate=!0),kn}var fc=class{constructor(e={}){let{canvas:t=Im(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:h="default",failIfMajorPerformanceCaveat:f=!1,reversedDepthBuffer:u=!1,outputBufferType:d=Jt}=e;this.isWebGLRenderer=!0;let m;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");m=i.getContextAttributes().alpha}else m=a;let x=d,g=new Set([Il,Pl,Rl]),p=new Set([Jt,Tn,rs,Zi,El,Tl]),_=new Uint32Array(4),E=new Int32Array(4),v={textures:[],min:[],max:[],resolution:[]},A=null,S=null,b=[],w=[],F=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Bn,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let R=this,P=!1,L=null,U=null,C=null,N=null;this._outputColorSpace=kt;let H=0,k=0,J=null,z=-1,X=null,B=new mt,ie=new mt,be=null,q=new He(0),te=0,ae=t.width,le=t.height,ne=1,Se=null,qe=null,Te=new mt(0,0,ae,le),Ze=new mt(0,0,ae,le),Me=!1,Re=new bi,Ye=new nl,Ue=!1,et=!1,Ne=new it,Vt=new V,ot=new mt,on={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},ln=!1;function cn(){return J===null?ne:1}let O=i;function hn(M,D){return t.getContext(M,D)}let dt,pt,xe,_t,De,ze,T,y,W,se,ee,he,me,Z,j,fe,I,Q,K,de,ce,ue,Pe;try{let M={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:h,failIfMajorPerformanceCaveat:f};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ie,!1),t.addEventListener("webglcontextrestored",We,!1),t.addEventListener("webglcontextcreationerror",ye,!1),O===null){let D="webgl2";if(O=hn(D,M),O===null)throw hn(D)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}$e()}catch(M){throw t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",ye,!1),Be("WebGLRenderer: "+M.message),M}function $e(){dt=new J1(O),dt.init(),ce=new NS(O,dt),pt=new z1(O,dt,e,ce),xe=new IS(O,dt),pt.reversedDepthBuffer&&u&&xe.buffers.depth.setReversed(!0),U=O.createFramebuffer(),C=O.createFramebuffer(),N=O.createFramebuffer(),_t=new eM(O),De=new bS,ze=new LS(O,dt,xe,De,pt,ce,_t),T=new Z1(R),y=new n_(O),ue=new B1(O,y),W=new j1(O,y,_t,ue),se=new nM(O,W,y,ue,_t),Q=new tM(O,pt,ze),j=new V1(De),ee=new gS(R,T,dt,pt,ue,j),he=new OS(R,De),me=new yS,Z=new AS(dt),I=new O1(R,T,xe,se,m,l),fe=new PS(R,se,pt),Pe=new BS(O,_t,pt,xe),K=new k1(O,dt,_t),de=new Q1(O,dt,_t),_t.programs=ee.programs,R.capabilities=pt,R.extensions=dt,R.properties=De,R.renderLists=me,R.shadowMap=fe,R.state=xe,R.info=_t}x!==Jt&&(F=new rM(x,t.width,t.height,o,r,s));let oe=new zu(R,O);this.xr=oe,this.getContext=function(){return O},this.getContextAttributes=function(){return O.getContextAttributes()},this.forceContextLoss=function(){let M=dt.get("WEBGL_lose_context");M&&M.loseContext()},this.forceContextRestore=function(){let M=dt.get("WEBGL_lose_context");M&&M.restoreContext()},this.getPixelRatio=function(){return ne},this.setPixelRatio=function(M){M!==void 0&&(ne=M,this.setSize(ae,le,!1))},this.getSize=function(M){return M.set(ae,le)},this.setSize=function(M,D,Y=!0){if(oe.isPresenting){Le("WebGLRenderer: Can't change size while VR device is presenting.");return}ae=M,le=D,t.width=Math.floor(M*ne),t.height=Math.floor(D*ne),Y===!0&&(t.style.width=M+"px",t.style.height=D+"px"),F!==null&&F.setSize(t.width,t.height),this.setViewport(0,0,M,D)},this.getDrawingBufferSize=function(M){return M.set(ae*ne,le*ne).floor()},this.setDrawingBufferSize=function(M,D,Y){ae=M,le=D,ne=Y,t.width=Math.floor(M*Y),t.height=Math.floor(D*Y),this.setViewport(0,0,M,D)},this.setEffects=function(M){if(x===Jt){Be("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(M){for(let D=0;D<M.length;D++)if(M[D].isOutputPass===!0){Le("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}F.setEffects(M||[])},this.getCurrentViewport=function(M){return M.copy(B)},this.getViewport=function(M){return M.copy(Te)},this.setViewport=function(M,D,Y,G){M.isVector4?Te.set(M.x,M.y,M.z,M.w):Te.set(M,D,Y,G),xe.viewport(B.copy(Te).multiplyScalar(cn()).round())},this.getScissor=function(M){return M.copy(Ze)},this.setScissor=function(M,D,Y,G){M.isVector4?Ze.set(M.x,M.y,M.z,M.w):Ze.set(M,D,Y,G),xe.scissor(ie.copy(Ze).multiplyScalar(cn()).round())},this.getScissorTest=function(){return Me},this.setScissorTest=function(M){xe.setScissorTest(Me=M)},this.setOpaqueSort=function(M){Se=M},this.setTransparentSort=function(M){qe=M},this.getClearColor=function(M){return M.copy(I.getClearColor())},this.setClearColor=function(){I.setClearColor(...arguments)},this.getClearAlpha=function(){return I.getClearAlpha()},this.setClearAlpha=function(){I.setClearAlpha(...arguments)},this.clear=function(M=!0,D=!0,Y=!0){let G=0;if(M){let $=!1;if(J!==null){let ge=J.texture.format;$=g.has(ge)}if($){let ge=J.texture.type,we=p.has(ge),pe=I.getClearColor(),ve=I.getClearAlpha(),Ce=pe.r,Ve=pe.g,Je=pe.b;we?(_[0]=Ce,_[1]=Ve,_[2]=Je,_[3]=ve,O.clearBufferuiv(O.COLOR,0,_)):(E[0]=Ce,E[1]=Ve,E[2]=Je,E[3]=ve,O.clearBufferiv(O.COLOR,0,E))}else G|=O.COLOR_BUFFER_BIT}D&&(G|=O.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Y&&(G|=O.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),G!==0&&O.clear(G)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(M){M.setRenderer(this),L=M},this.dispose=function(){t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",ye,!1),I.dispose(),me.dispose(),Z.dispose(),ze.dispose(),De.dispose(),T.dispose(),se.dispose(),W.dispose(),ue.dispose(),Pe.dispose(),ee.dispose(),oe.dispose(),oe.removeEventListener("sessionstart",sf),oe.removeEventListener("sessionend",af),Ti.stop()};function Ie(M){M.preventDefault(),bu("WebGLRenderer: Context Lost."),P=!0}function We(){bu("WebGLRenderer: Context Restored."),P=!1;let M=_t.autoReset,D=fe.enabled,Y=fe.autoUpdate,G=fe.needsUpdate,$=fe.type;$e(),_t.autoReset=M,fe.enabled=D,fe.autoUpdate=Y,fe.needsUpdate=G,fe.type=$}function ye(M){Be("WebGLRenderer: A WebGL context could not be created. Reason: ",M.statusMessage)}function lt(M){let D=M.target;D.removeEventListener("dispose",lt),Tt(D)}function Tt(M){ai(M),De.remove(M)}function ai(M){let D=De.get(M).programs;D!==void 0&&(D.forEach(function(Y){ee.releaseProgram(Y)}),M.isShaderMaterial&&ee.releaseShaderCache(M))}this.renderBufferDirect=function(M,D,Y,G,$,ge){D===null&&(D=on);let we=$.isMesh&&$.matrixWorld.determinantAffine()<0,pe=y0(M,D,Y,G,$);xe.setMaterial(G,we);let ve=Y.index,Ce=1;if(G.wireframe===!0){if(ve=W.getWireframeAttribute(Y),ve===void 0)return;Ce=2}let Ve=Y.drawRange,Je=Y.attributes.position,Ae=Ve.start*Ce,je=(Ve.start+Ve.count)*Ce;ge!==null&&(Ae=Math.max(Ae,ge.start*Ce),je=Math.min(je,(ge.start+ge.count)*Ce)),ve!==null?(Ae=Math.max(Ae,0),je=Math.min(je,ve.count)):Je!=null&&(Ae=Math.max(Ae,0),je=Math.min(je,Je.count));let xt=je-Ae;if(xt<0||xt===1/0)return;ue.setup($,G,pe,Y,ve);let ut,ct=K;if(ve!==null&&(ut=y.get(ve),ct=de,ct.setIndex(ut)),$.isMesh)G.wireframe===!0?(xe.setLineWidth(G.wireframeLinewidth*cn()),ct.setMode(O.LINES)):ct.setMode(O.TRIANGLES);else if($.isLine){let Ft=G.linewidth;Ft===void 0&&(Ft=1),xe.setLineWidth(Ft*cn()),$.isLineSegments?ct.setMode(O.LINES):$.isLineLoop?ct.setMode(O.LINE_LOOP):ct.setMode(O.LINE_STRIP)}else $.isPoints?ct.setMode(O.POINTS):$.isSprite&&ct.setMode(O.TRIANGLES);if($.isBatchedMesh)if(dt.get("WEBGL_multi_draw"))ct.renderMultiDraw($._multiDrawStarts,$._multiDrawCounts,$._multiDrawCount);else{let Ft=$._multiDrawStarts,Ee=$._multiDrawCounts,Gt=$._multiDrawCount,rt=ve?y.get(ve).bytesPerElement:1,Ci=De.get(G).currentProgram.getUniforms();for(let Ut=0;Ut<Gt;Ut++)Ci.setValue(O,"_gl_DrawID",Ut),ct.render(Ft[Ut]/rt,Ee[Ut])}else if($.isInstancedMesh)ct.renderInstances(Ae,xt,$.count);else if(Y.isInstancedBufferGeometry){let Ft=Y._maxInstanceCount!==void 0?Y._maxInstanceCount:1/0,Ee=Math.min(Y.instanceCount,Ft);ct.renderInstances(Ae,xt,Ee)}else ct.render(Ae,xt)};function rf(M,D,Y,G){L!==null&&M.isNodeMaterial&&L.setObject(G,M),Ue===!0&&j.setState(M,Y,!1),M.transparent===!0&&M.side===bn&&M.forceSinglePass===!1?(M.side=qt,M.needsUpdate=!0,ps(M,D,G),M.side=wi,M.needsUpdate=!0,ps(M,D,G),M.side=bn):ps(M,D,G)}this.compile=function(M,D,Y=null){Y===null&&(Y=M),L!==null&&L.renderStart(M,D,Y),S=Z.get(Y),S.init(D),w.push(S),Y.traverseVisible(function($){$.isLight&&$.layers.test(D.layers)&&(S.pushLight($),$.castShadow&&S.pushShadow($))}),M!==Y&&M.traverseVisible(function($){$.isLight&&$.layers.test(D.layers)&&(S.pushLight($),$.castShadow&&S.pushShadow($))}),S.setupLights(),L!==null&&L.updateLights(S.state.lightsArray),et=this.localClippingEnabled,Ue=j.init(this.clippingPlanes,et),Ue===!0&&j.setGlobalState(this.clippingPlanes,D),L!==null&&fe.render(S.state.shadowsArray,Y,D);let G=new Set;return M.traverse(function($){if(!($.isMesh||$.isPoints||$.isLine||$.isSprite))return;let ge=$.material;if(ge)if(Array.isArray(ge))for(let we=0;we<ge.length;we++){let pe=ge[we];rf(pe,Y,D,$),G.add(pe)}else rf(ge,Y,D,$),G.add(ge)}),S=w.pop(),L!==null&&L.renderEnd(),G},this.compileAsync=function(M,D,Y=null){let G=this.compile(M,D,Y);return new Promise($=>{function ge(){if(G.forEach(function(we){let ve=De.get(we).currentProgram;(ve===void 0||ve.isReady())&&G.delete(we)}),G.size===0){$(M);return}setTimeout(ge,10)}dt.get("KHR_parallel_shader_compile")!==null?ge():setTimeout(ge,10)})};let Dc=null;function b0(M){Dc&&Dc(M)}function sf(){Ti.stop()}function af(){Ti.start()}let Ti=new lg;Ti.setAnimationLoop(b0),typeof self<"u"&&Ti.setContext(self),this.setAnimationLoop=function(M){Dc=M,oe.setAnimationLoop(M),M===null?Ti.stop():Ti.start()},oe.addEventListener("sessionstart",sf),oe.addEventListener("sessionend",af),this.render=function(M,D){if(D!==void 0&&D.isCamera!==!0){Be("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(P===!0)return;L!==null&&L.renderStart(M,D);let Y=oe.enabled===!0&&oe.isPresenting===!0,G=F!==null&&(J===null||Y)&&F.begin(R,J);if(M.matrixWorldAutoUpdate===!0&&M.updateMatrixWorld(),D.parent===null&&D.matrixWorldAutoUpdate===!0&&D.updateMatrixWorld(),oe.enabled===!0&&oe.isPresenting===!0&&(F===null||F.isCompositing()===!1)&&(oe.cameraAutoUpdate===!0&&oe.updateCamera(D),D=oe.getCamera()),M.isScene===!0&&M.onBeforeRender(R,M,D,J),S=Z.get(M,w.length),S.init(D),S.state.textureUnits=ze.getTextureUnits(),w.push(S),Ne.multiplyMatrices(D.projectionMatrix,D.matrixWorldInverse),D.isArrayCamera?Ye.setFromArrayCamera(D):Re.setFromProjectionMatrix(Ne,pn,D.reversedDepth),et=this.localClippingEnabled,Ue=j.init(this.clippingPlanes,et),A=me.get(M,b.length),A.init(),b.push(A),this.info.render.frame++,oe.enabled===!0&&oe.isPresenting===!0){let we=R.xr.getDepthSensingMesh();we!==null&&Fc(we,D,-1/0,R.sortObjects)}Fc(M,D,0,R.sortObjects),A.finish(),L!==null&&L.updateLights(S.state.lightsArray),R.sortObjects===!0&&A.sort(Se,qe),ln=oe.enabled===!1||oe.isPresenting===!1||oe.hasDepthSensing()===!1,ln&&I.addToRenderList(A,M),this.info.autoReset===!0&&this.info.reset(),Ue===!0&&j.beginShadows();let $=S.state.shadowsArray;if(fe.render($,M,D),Ue===!0&&j.endShadows(),(G&&F.hasRenderPass())===!1){let we=A.opaque,pe=A.transmissive;if(S.setupLights(),D.isArrayCamera){let ve=D.cameras;if(pe.length>0)for(let Ce=0,Ve=ve.length;Ce<Ve;Ce++){let Je=ve[Ce];lf(we,pe,M,Je)}ln&&I.render(M);for(let Ce=0,Ve=ve.length;Ce<Ve;Ce++){let Je=ve[Ce];of(A,M,Je,Je.viewport)}}else pe.length>0&&lf(we,pe,M,D),ln&&I.render(M),of(A,M,D)}J!==null&&k===0&&(ze.updateMultisampleRenderTarget(J),ze.updateRenderTargetMipmap(J)),G&&F.end(R),M.isScene===!0&&M.onAfterRender(R,M,D),ue.resetDefaultState(),z=-1,X=null,w.pop(),w.length>0?(S=w[w.length-1],ze.setTextureUnits(S.state.textureUnits),Ue===!0&&j.setGlobalState(R.clippingPlanes,S.state.camera)):S=null,b.pop(),b.length>0?A=b[b.length-1]:A=null,L!==null&&L.renderEnd()};function Fc(M,D,Y,G){if(M.visible===!1)return;if(M.layers.test(D.layers)){if(M.isGroup)Y=M.renderOrder;else if(M.isLOD)M.autoUpdate===!0&&M.update(D);else if(M.isLight)S.pushLight(M),M.castShadow&&S.pushShadow(M);else if(M.isSprite){let we=D.isArrayCamera?Ye:Re;if(!M.frustumCulled||M.intersectsFrustum(we)){G&&ot.setFromMatrixPosition(M.matrixWorld).applyMatrix4(Ne);let pe=se.update(M),ve=M.material;ve.visible&&A.push(M,pe,ve,Y,ot.z,null,D)}}else if(M.isMesh||M.isLine||M.isPoints){let we=D.isArrayCamera?Ye:Re;if(!M.frustumCulled||M.intersectsFrustum(we)){let pe=se.update(M),ve=M.material;if(G&&(M.boundingSphere!==void 0?(M.boundingSphere===null&&M.computeBoundingSphere(),ot.copy(M.boundingSphere.center)):(pe.boundingSphere===null&&pe.computeBoundingSphere(),ot.copy(pe.boundingSphere.center)),ot.applyMatrix4(M.matrixWorld).applyMatrix4(Ne)),Array.isArray(ve)){let Ce=pe.groups;for(let Ve=0,Je=Ce.length;Ve<Je;Ve++){let Ae=Ce[Ve],je=ve[Ae.materialIndex];je&&je.visible&&A.push(M,pe,je,Y,ot.z,Ae,D)}}else ve.visible&&A.push(M,pe,ve,Y,ot.z,null,D)}}}let ge=M.children;for(let we=0,pe=ge.length;we<pe;we++)Fc(ge[we],D,Y,G)}function of(M,D,Y,G){let{opaque:$,transmissive:ge,transparent:we}=M;S.setupLightsView(Y),Ue===!0&&j.setGlobalState(R.clippingPlanes,Y),G&&xe.viewport(B.copy(G)),$.length>0&&Ca($,D,Y),ge.length>0&&Ca(ge,D,Y),we.length>0&&Ca(we,D,Y),xe.buffers.depth.setTest(!0),xe.buffers.depth.setMask(!0),xe.buffers.color.setMask(!0),xe.setPolygonOffset(!1)}function lf(M,D,Y,G){if((Y.isScene===!0?Y.overrideMaterial:null)!==null)return;if(S.state.transmissionRenderTarget[G.id]===void 0){let Ae=dt.has("EXT_color_buffer_half_float")||dt.has("EXT_color_buffer_float");S.state.transmissionRenderTarget[G.id]=new sn(1,1,{generateMipmaps:!0,type:Ae?Cn:Jt,minFilter:ni,samples:Math.max(4,pt.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Qe.workingColorSpace})}let ge=S.state.transmissionRenderTarget[G.id],we=G.viewport||B;ge.setSize(we.z*R.transmissionResolutionScale,we.w*R.transmissionResolutionScale);let pe=R.getRenderTarget(),ve=R.getActiveCubeFace(),Ce=R.getActiveMipmapLevel();R.setRenderTarget(ge),R.getClearColor(q),te=R.getClearAlpha(),te<1&&R.setClearColor(16777215,.5),R.clear(),ln&&I.render(Y);let Ve=R.toneMapping;R.toneMapping=Bn;let Je=G.viewport;if(G.viewport!==void 0&&(G.viewport=void 0),S.setupLightsView(G),Ue===!0&&j.setGlobalState(R.clippingPlanes,G),Ca(M,Y,G),ze.updateMultisampleRenderTarget(ge),ze.updateRenderTargetMipmap(ge),dt.has("WEBGL_multisampled_render_to_texture")===!1){let Ae=!1;for(let je=0,xt=D.length;je<xt;je++){let ut=D[je],{object:ct,geometry:Ft,material:Ee,group:Gt}=ut;if(Ee.side===bn&&ct.layers.test(G.layers)){let rt=Ee.side;Ee.side=qt,Ee.needsUpdate=!0,cf(ct,Y,G,Ft,Ee,Gt),Ee.side=rt,Ee.needsUpdate=!0,Ae=!0}}Ae===!0&&(ze.updateMultisampleRenderTarget(ge),ze.updateRenderTargetMipmap(ge))}R.setRenderTarget(pe,ve,Ce),R.setClearColor(q,te),Je!==void 0&&(G.viewport=Je),R.toneMapping=Ve}function Ca(M,D,Y){let G=D.isScene===!0?D.overrideMaterial:null;for(let $=0,ge=M.length;$<ge;$++){let we=M[$],{object:pe,geometry:ve,group:Ce}=we,Ve=we.material;Ve.allowOverride===!0&&G!==null&&(Ve=G),pe.layers.test(Y.layers)&&cf(pe,D,Y,ve,Ve,Ce)}}function cf(M,D,Y,G,$,ge){L!==null&&$.isNodeMaterial&&L.setObject(M,$),M.onBeforeRender(R,D,Y,G,$,ge),M.modelViewMatrix.multiplyMatrices(Y.matrixWorldInverse,M.matrixWorld),M.normalMatrix.getNormalMatrix(M.modelViewMatrix),$.onBeforeRender(R,D,Y,G,M,ge),$.transparent===!0&&$.side===bn&&$.forceSinglePass===!1?($.side=qt,$.needsUpdate=!0,R.renderBufferDirect(Y,D,G,$,M,ge),$.side=wi,$.needsUpdate=!0,R.renderBufferDirect(Y,D,G,$,M,ge),$.side=bn):R.renderBufferDirect(Y,D,G,$,M,ge),M.onAfterRender(R,D,Y,G,$,ge)}function hf(M){let D=0;for(let Y of M)Y.texture!==null&&D++;return D}function ps(M,D,Y){D.isScene!==!0&&(D=on);let G=De.get(M),$=S.state.lights,ge=S.state.shadowsArray,we=$.state.version,pe=ee.getParameters(M,$.state,ge,D,Y,S.state.lightProbeGridArray),ve=ee.getProgramCacheKey(pe),Ce=G.programs;G.environment=M.isMeshStandardMaterial||M.isMeshLambertMaterial||M.isMeshPhongMaterial?D.environment:null,G.fog=D.fog;let Ve=M.isMeshStandardMaterial||M.isMeshLambertMaterial&&!M.envMap||M.isMeshPhongMaterial&&!M.envMap;G.envMap=T.get(M.envMap||G.environment,Ve),G.envMapRotation=G.environment!==null&&M.envMap===null?D.environmentRotation:M.envMapRotation,Ce===void 0&&(M.addEventListener("dispose",lt),Ce=new Map,G.programs=Ce,G.programVariants=new Map);let Je=Ce.get(ve);if(Je!==void 0){if(G.currentProgram===Je&&G.lightsStateVersion===we)return ff(M,pe),Je}else pe.uniforms=ee.getUniforms(M),L!==null&&M.isNodeMaterial&&L.build(M,Y,pe),M.onBeforeCompile(pe,R),Je=ee.acquireProgram(pe,ve),Ce.set(ve,Je),G.uniforms=pe.uniforms;let Ae=G.uniforms;return(!M.isShaderMaterial&&!M.isRawShaderMaterial||M.clipping===!0)&&(Ae.clippingPlanes=j.uniform),ff(M,pe),G.needsLights=v0(M),G.lightsStateVersion=we,G.needsLights&&(Ae.ambientLightColor.value=$.state.ambient,Ae.lightProbe.value=$.state.probe,Ae.sunLights.value=$.state.sun,Ae.sunLightShadows.value=$.state.sunShadow,Ae.directionalLights.value=$.state.directional,Ae.directionalLightShadows.value=$.state.directionalShadow,Ae.spotLights.value=$.state.spot,Ae.spotLightShadows.value=$.state.spotShadow,Ae.rectAreaLights.value=$.state.rectArea,Ae.ltc_1.value=$.state.rectAreaLTC1,Ae.ltc_2.value=$.state.rectAreaLTC2,Ae.pointLights.value=$.state.point,Ae.pointLightShadows.value=$.state.pointShadow,Ae.hemisphereLights.value=$.state.hemi,Ae.sunShadowMatrix.value=$.state.sunShadowMatrix,Ae.sunShadowCascade.value=$.state.sunShadowCascade,Ae.directionalShadowMatrix.value=$.state.directionalShadowMatrix,Ae.spotLightMatrix.value=$.state.spotLightMatrix,Ae.spotLightMap.value=$.state.spotLightMap,Ae.pointShadowMatrix.value=$.state.pointShadowMatrix),G.numLightProbeGrids=hf(S.state.lightProbeGridArray),G.currentProgram=Je,G.uniformsList=null,Je}function x0(M,D,Y,G,$){let ge=De.get(M),we=ge.currentProgram.id+","+G+","+$,pe=ge.programVariants.get(we);return pe===void 0?(pe=ps(M,D,Y),ge.programVariants.set(we,pe)):(ge.currentProgram=pe,ge.uniformsList=null,ge.outputColorSpace=G,ge.toneMapping=$),pe}function uf(M){if(M.uniformsList===null){let D=M.currentProgram.getUniforms();M.uniformsList=as.seqWithValue(D.seq,M.uniforms)}return M.uniformsList}function ff(M,D){let Y=De.get(M);Y.outputColorSpace=D.outputColorSpace,Y.batching=D.batching,Y.batchingColor=D.batchingColor,Y.instancing=D.instancing,Y.instancingColor=D.instancingColor,Y.instancingMorph=D.instancingMorph,Y.skinning=D.skinning,Y.morphTargets=D.morphTargets,Y.morphNormals=D.morphNormals,Y.morphColors=D.morphColors,Y.morphTargetsCount=D.morphTargetsCount,Y.numClippingPlanes=D.numClippingPlanes,Y.numIntersection=D.numClipIntersection,Y.vertexAlphas=D.vertexAlphas,Y.vertexTangents=D.vertexTangents,Y.toneMapping=D.toneMapping}function y0(M,D,Y,G,$){D.isScene!==!0&&(D=on),ze.resetTextureUnits();let ge=D.fog,we=G.isMeshStandardMaterial||G.isMeshLambertMaterial||G.isMeshPhongMaterial?D.environment:null,pe=J===null?R.outputColorSpace:J.isXRRenderTarget===!0?J.texture.colorSpace:Qe.workingColorSpace,ve=G.isMeshStandardMaterial||G.isMeshLambertMaterial&&!G.envMap||G.isMeshPhongMaterial&&!G.envMap,Ce=T.get(G.envMap||we,ve),Ve=G.vertexColors===!0&&!!Y.attributes.color&&Y.attributes.color.itemSize===4,Je=!!Y.attributes.tangent&&(!!G.normalMap||G.anisotropy>0),Ae=!!Y.morphAttributes.position,je=!!Y.morphAttributes.normal,xt=!!Y.morphAttributes.color,ut=Bn;G.toneMapped&&(J===null||J.isXRRenderTarget===!0)&&(ut=R.toneMapping);let ct=Y.morphAttributes.position||Y.morphAttributes.normal||Y.morphAttributes.color,Ft=ct!==void 0?ct.length:0,Ee=De.get(G),Gt=S.state.lights;if(Ue===!0&&(et===!0||M!==X)){let gt=M===X&&G.id===z;j.setState(G,M,gt)}let rt=!1,Ci=!1;G.version===Ee.__version?Ee.needsLights&&Ee.lightsStateVersion!==Gt.state.version||$.isBatchedMesh&&Ee.batching===!1||!$.isBatchedMesh&&Ee.batching===!0||$.isBatchedMesh&&Ee.batchingColor===!0&&$._colorsTexture===null||$.isBatchedMesh&&Ee.batchingColor===!1&&$._colorsTexture!==null||$.isInstancedMesh&&Ee.instancing===!1||!$.isInstancedMesh&&Ee.instancing===!0||$.isSkinnedMesh&&Ee.skinning===!1||!$.isSkinnedMesh&&Ee.skinning===!0||$.isInstancedMesh&&Ee.instancingColor===!0&&$.instanceColor===null||$.isInstancedMesh&&Ee.instancingColor===!1&&$.instanceColor!==null||$.isInstancedMesh&&Ee.instancingMorph===!0&&$.morphTexture===null||$.isInstancedMesh&&Ee.instancingMorph===!1&&$.morphTexture!==null||Ee.envMap!==Ce||G.fog===!0&&Ee.fog!==ge||Ee.numClippingPlanes!==void 0&&(Ee.numClippingPlanes!==j.numPlanes||Ee.numIntersection!==j.numIntersection)||Ee.vertexAlphas!==Ve||Ee.vertexTangents!==Je||Ee.morphTargets!==Ae||Ee.morphNormals!==je||Ee.morphColors!==xt||Ee.morphTargetsCount!==Ft||Ee.numLightProbeGrids!==hf(S.state.lightProbeGridArray)?rt=!0:(Ee.outputColorSpace!==pe||Ee.toneMapping!==ut)&&(Ci=!0):(rt=!0,Ee.__version=G.version);let Ut=Ee.currentProgram;(rt===!0||Ci===!0)&&(Ut=Ci===!0?x0(G,D,$,pe,ut):ps(G,D,$),L&&G.isNodeMaterial&&L.onUpdateProgram(G,Ut,Ee));let Ra=!1,oi=!1,Ri=!1,tt=Ut.getUniforms(),Nt=Ee.uniforms;if(xe.useProgram(Ut.program)&&(Ra=!0,oi=!0,Ri=!0),G.id!==z&&(z=G.id,oi=!0),Ra||X!==M){xe.buffers.depth.getReversed()&&M.reversedDepth!==!0&&(M._reversedDepth=!0,M.updateProjectionMatrix()),tt.setValue(O,"projectionMatrix",M.projectionMatrix),tt.setValue(O,"viewMatrix",M.matrixWorldInverse);let Ct=tt.map.cameraPosition;Ct!==void 0&&Ct.setValue(O,Vt.setFromMatrixPosition(M.matrixWorld)),pt.logarithmicDepthBuffer&&tt.setValue(O,"logDepthBufFC",2/(Math.log(M.far+1)/Math.LN2)),(G.isMeshPhongMaterial||G.isMeshToonMaterial||G.isMeshLambertMaterial||G.isMeshBasicMaterial||G.isMeshStandardMaterial||G.isShaderMaterial)&&tt.setValue(O,"isOrthographic",M.isOrthographicCamera===!0),X!==M&&(X=M,oi=!0,Ri=!0)}if(Ee.needsLights&&(Gt.state.sunShadowMap.length>0&&tt.setValue(O,"sunShadowMap",Gt.state.sunShadowMap,ze),Gt.state.directionalShadowMap.length>0&&tt.setValue(O,"directionalShadowMap",Gt.state.directionalShadowMap,ze),Gt.state.spotShadowMap.length>0&&tt.setValue(O,"spotShadowMap",Gt.state.spotShadowMap,ze),Gt.state.pointShadowMap.length>0&&tt.setValue(O,"pointShadowMap",Gt.state.pointShadowMap,ze)),$.isSkinnedMesh){tt.setOptional(O,$,"bindMatrix"),tt.setOptional(O,$,"bindMatrixInverse");let gt=$.skeleton;gt&&(gt.boneTexture===null&&gt.computeBoneTexture(),tt.setValue(O,"boneTexture",gt.boneTexture,ze))}$.isBatchedMesh&&(tt.setOptional(O,$,"batchingTexture"),tt.setValue(O,"batchingTexture",$._matricesTexture,ze),tt.setOptional(O,$,"batchingIdTexture"),tt.setValue(O,"batchingIdTexture",$._indirectTexture,ze),tt.setOptional(O,$,"batchingColorTexture"),$._colorsTexture!==null&&tt.setValue(O,"batchingColorTexture",$._colorsTexture,ze));let yn=Y.morphAttributes;if((yn.position!==void 0||yn.normal!==void 0||yn.color!==void 0)&&Q.update($,Y,Ut),(oi||Ee.receiveShadow!==$.receiveShadow)&&(Ee.receiveShadow=$.receiveShadow,tt.setValue(O,"receiveShadow",$.receiveShadow)),(G.isMeshStandardMaterial||G.isMeshLambertMaterial||G.isMeshPhongMaterial)&&G.envMap===null&&D.environment!==null&&(Nt.envMapIntensity.value=D.environmentIntensity),Nt.dfgLUT!==void 0&&(Nt.dfgLUT.value=zS()),oi){if(tt.setValue(O,"toneMappingExposure",R.toneMappingExposure),Ee.needsLights&&_0(Nt,Ri),ge&&G.fog===!0&&he.refreshFogUniforms(Nt,ge),he.refreshMaterialUniforms(Nt,G,ne,le,S.state.transmissionRenderTarget[M.id]),Ee.needsLights&&Ee.numLightProbeGrids>0){let gt=v,Ct=0;for(let Gn of S.state.lightProbeGridArray)Gn.texture!==null&&(gt.textures[Ct]=Gn.texture,gt.min[Ct]=Gn.boundingBox.min,gt.max[Ct]=Gn.boundingBox.max,gt.resolution[Ct]=Gn.resolution,Ct++);for(let Gn in gt)gt[Gn].length=Ct;Nt.probesSH.value=gt.textures,Nt.probesMin.value=gt.min,Nt.probesMax.value=gt.max,Nt.probesResolution.value=gt.resolution}as.upload(O,uf(Ee),Nt,ze)}if(G.isShaderMaterial&&G.uniformsNeedUpdate===!0&&(as.upload(O,uf(Ee),Nt,ze),G.uniformsNeedUpdate=!1),G.isSpriteMaterial&&tt.setValue(O,"center",$.center),tt.setValue(O,"modelViewMatrix",$.modelViewMatrix),tt.setValue(O,"normalMatrix",$.normalMatrix),tt.setValue(O,"modelMatrix",$.matrixWorld),G.uniformsGroups!==void 0){let gt=G.uniformsGroups;for(let Ct=0,Gn=gt.length;Ct<Gn;Ct++){let pf=gt[Ct];Pe.update(pf,Ut),Pe.bind(pf,Ut)}}return Ut}function _0(M,D){M.ambientLightColor.needsUpdate=D,M.lightProbe.needsUpdate=D,M.sunLights.needsUpdate=D,M.sunLightShadows.needsUpdate=D,M.directionalLights.needsUpdate=D,M.directionalLightShadows.needsUpdate=D,M.pointLights.needsUpdate=D,M.pointLightShadows.needsUpdate=D,M.spotLights.needsUpdate=D,M.spotLightShadows.needsUpdate=D,M.rectAreaLights.needsUpdate=D,M.hemisphereLights.needsUpdate=D}function v0(M){return M.isMeshLambertMaterial||M.isMeshToonMaterial||M.isMeshPhongMaterial||M.isMeshStandardMaterial||M.isShadowMaterial||M.isShaderMaterial&&M.lights===!0}this.getActiveCubeFace=function(){return H},this.getActiveMipmapLevel=function(){return k},this.getRenderTarget=function(){return J},this.setRenderTargetTextures=function(M,D,Y){let G=De.get(M);G.__autoAllocateDepthBuffer=M.resolveDepthBuffer===!1,G.__autoAllocateDepthBuffer===!1&&(G.__useRenderToTexture=!1),De.get(M.texture).__webglTexture=D,De.get(M.depthTexture).__webglTexture=G.__autoAllocateDepthBuffer?void 0:Y,G.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(M,D){let Y=De.get(M);Y.__webglFramebuffer=D,Y.__useDefaultFramebuffer=D===void 0},this.setRenderTarget=function(M,D=0,Y=0){J=M,H=D,k=Y;let G=null,$=!1,ge=!1;if(M){let pe=De.get(M);if(pe.__useDefaultFramebuffer!==void 0){xe.bindFramebuffer(O.FRAMEBUFFER,pe.__webglFramebuffer),B.copy(M.viewport),ie.copy(M.scissor),be=M.scissorTest,xe.viewport(B),xe.scissor(ie),xe.setScissorTest(be),z=-1;return}else if(pe.__webglFramebuffer===void 0)ze.setupRenderTarget(M);else if(pe.__hasExternalTextures)ze.rebindTextures(M,De.get(M.texture).__webglTexture,De.get(M.depthTexture).__webglTexture);else if(M.depthBuffer){let Ve=M.depthTexture;if(pe.__boundDepthTexture!==Ve){if(Ve!==null&&De.has(Ve)&&(M.width!==Ve.image.width||M.height!==Ve.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");ze.setupDepthRenderbuffer(M)}}let ve=M.texture;(ve.isData3DTexture||ve.isDataArrayTexture||ve.isCompressedArrayTexture)&&(ge=!0);let Ce=De.get(M).__webglFramebuffer;M.isWebGLCubeRenderTarget?(Array.isArray(Ce[D])?G=Ce[D][Y]:G=Ce[D],$=!0):M.samples>0&&ze.useMultisampledRTT(M)===!1?G=De.get(M).__webglMultisampledFramebuffer:Array.isArray(Ce)?G=Ce[Y]:G=Ce,B.copy(M.viewport),ie.copy(M.scissor),be=M.scissorTest}else B.copy(Te).multiplyScalar(ne).floor(),ie.copy(Ze).multiplyScalar(ne).floor(),be=Me;if(Y!==0&&(G=U),xe.bindFramebuffer(O.FRAMEBUFFER,G)&&xe.drawBuffers(M,G),xe.viewport(B),xe.scissor(ie),xe.setScissorTest(be),$){let pe=De.get(M.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_CUBE_MAP_POSITIVE_X+D,pe.__webglTexture,Y)}else if(ge){let pe=D;for(let ve=0;ve<M.textures.length;ve++){let Ce=De.get(M.textures[ve]);O.framebufferTextureLayer(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0+ve,Ce.__webglTexture,Y,pe)}}else if(M!==null&&Y!==0){let pe=De.get(M.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,pe.__webglTexture,Y)}z=-1};function df(M){let D=De.get(M);return(D.__readFormat!==M.format||D.__readType!==M.type)&&(D.__readFormat=M.format,D.__readType=M.type,D.__formatReadable=pt.textureFormatReadable(M.format),D.__typeReadable=pt.textureTypeReadable(M.type)),D}this.readRenderTargetPixels=function(M,D,Y,G,$,ge,we,pe=0){if(!(M&&M.isWebGLRenderTarget)){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let ve=De.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(ve=ve[we],Array.isArray(ve)&&(ve=ve[0])),ve){xe.bindFramebuffer(O.FRAMEBUFFER,ve);try{let Ce=M.textures[pe],Ve=Ce.format,Je=Ce.type;M.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+pe);let Ae=df(Ce);if(Ae.__formatReadable===!1){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ae.__typeReadable===!1){Be("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}D>=0&&D<=M.width-G&&Y>=0&&Y<=M.height-$&&O.readPixels(D,Y,G,$,ce.convert(Ve),ce.convert(Je),ge)}finally{let Ce=J!==null?De.get(J).__webglFramebuffer:null;xe.bindFramebuffer(O.FRAMEBUFFER,Ce)}}},this.readRenderTargetPixelsAsync=async function(M,D,Y,G,$,ge,we,pe=0){if(!(M&&M.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let ve=De.get(M).__webglFramebuffer;if(M.isWebGLCubeRenderTarget&&we!==void 0&&(ve=ve[we],Array.isArray(ve)&&(ve=ve[0])),ve)if(D>=0&&D<=M.width-G&&Y>=0&&Y<=M.height-$){xe.bindFramebuffer(O.FRAMEBUFFER,ve);let Ce=M.textures[pe],Ve=Ce.format,Je=Ce.type;M.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+pe);let Ae=df(Ce);if(Ae.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ae.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let je=O.createBuffer();O.bindBuffer(O.PIXEL_PACK_BUFFER,je),O.bufferData(O.PIXEL_PACK_BUFFER,ge.byteLength,O.STREAM_READ),O.readPixels(D,Y,G,$,ce.convert(Ve),ce.convert(Je),0),O.bindBuffer(O.PIXEL_PACK_BUFFER,null);let xt=J!==null?De.get(J).__webglFramebuffer:null;xe.bindFramebuffer(O.FRAMEBUFFER,xt);let ut=O.fenceSync(O.SYNC_GPU_COMMANDS_COMPLETE,0);return O.flush(),await Nm(O,ut,4),O.bindBuffer(O.PIXEL_PACK_BUFFER,je),O.getBufferSubData(O.PIXEL_PACK_BUFFER,0,ge),O.bindBuffer(O.PIXEL_PACK_BUFFER,null),O.deleteBuffer(je),O.deleteSync(ut),ge}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(M,D=null,Y=0){let G=Math.pow(2,-Y),$=Math.floor(M.image.width*G),ge=Math.floor(M.image.height*G),we=D!==null?D.x:0,pe=D!==null?D.y:0;ze.setTexture2D(M,0),O.copyTexSubImage2D(O.TEXTURE_2D,Y,0,0,we,pe,$,ge),xe.unbindTexture()},this.copyTextureToTexture=function(M,D,Y=null,G=null,$=0,ge=0){let we,pe,ve,Ce,Ve,Je,Ae,je,xt,ut=M.isCompressedTexture?M.mipmaps[ge]:M.image;if(Y!==null)we=Y.max.x-Y.min.x,pe=Y.max.y-Y.min.y,ve=Y.isBox3?Y.max.z-Y.min.z:1,Ce=Y.min.x,Ve=Y.min.y,Je=Y.isBox3?Y.min.z:0;else{let tt=Math.pow(2,-$);we=Math.floor(ut.width*tt),pe=Math.floor(ut.height*tt),M.isDataArrayTexture?ve=ut.depth:M.isData3DTexture?ve=Math.floor(ut.depth*tt):ve=1,Ce=0,Ve=0,Je=0}G!==null?(Ae=G.x,je=G.y,xt=G.z):(Ae=0,je=0,xt=0);let ct=ce.convert(D.format),Ft=ce.convert(D.type),Ee;D.isData3DTexture?(ze.setTexture3D(D,0),Ee=O.TEXTURE_3D):D.isDataArrayTexture||D.isCompressedArrayTexture?(ze.setTexture2DArray(D,0),Ee=O.TEXTURE_2D_ARRAY):(ze.setTexture2D(D,0),Ee=O.TEXTURE_2D),xe.activeTexture(O.TEXTURE0),xe.pixelStorei(O.UNPACK_FLIP_Y_WEBGL,D.flipY),xe.pixelStorei(O.UNPACK_PREMULTIPLY_ALPHA_WEBGL,D.premultiplyAlpha),xe.pixelStorei(O.UNPACK_ALIGNMENT,D.unpackAlignment);let Gt=xe.getParameter(O.UNPACK_ROW_LENGTH),rt=xe.getParameter(O.UNPACK_IMAGE_HEIGHT),Ci=xe.getParameter(O.UNPACK_SKIP_PIXELS),Ut=xe.getParameter(O.UNPACK_SKIP_ROWS),Ra=xe.getParameter(O.UNPACK_SKIP_IMAGES);xe.pixelStorei(O.UNPACK_ROW_LENGTH,ut.width),xe.pixelStorei(O.UNPACK_IMAGE_HEIGHT,ut.height),xe.pixelStorei(O.UNPACK_SKIP_PIXELS,Ce),xe.pixelStorei(O.UNPACK_SKIP_ROWS,Ve),xe.pixelStorei(O.UNPACK_SKIP_IMAGES,Je);let oi=M.isDataArrayTexture||M.isData3DTexture,Ri=D.isDataArrayTexture||D.isData3DTexture;if(M.isDepthTexture){let tt=De.get(M),Nt=De.get(D),yn=De.get(tt.__renderTarget),gt=De.get(Nt.__renderTarget);xe.bindFramebuffer(O.READ_FRAMEBUFFER,yn.__webglFramebuffer),xe.bindFramebuffer(O.DRAW_FRAMEBUFFER,gt.__webglFramebuffer);for(let Ct=0;Ct<ve;Ct++)oi&&(O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,De.get(M).__webglTexture,$,Je+Ct),O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,De.get(D).__webglTexture,ge,xt+Ct)),O.blitFramebuffer(Ce,Ve,Ce+we,Ve+pe,Ae,je,Ae+we,je+pe,O.DEPTH_BUFFER_BIT,O.NEAREST);xe.bindFramebuffer(O.READ_FRAMEBUFFER,null),xe.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else if($!==0||M.isRenderTargetTexture||De.has(M)){let tt=De.get(M),Nt=De.get(D);xe.bindFramebuffer(O.READ_FRAMEBUFFER,C),xe.bindFramebuffer(O.DRAW_FRAMEBUFFER,N);for(let yn=0;yn<ve;yn++)oi?O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,tt.__webglTexture,$,Je+yn):O.framebufferTexture2D(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,tt.__webglTexture,$),Ri?O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Nt.__webglTexture,ge,xt+yn):O.framebufferTexture2D(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,Nt.__webglTexture,ge),$!==0?O.blitFramebuffer(Ce,Ve,Ce+we,Ve+pe,Ae,je,Ae+we,je+pe,O.COLOR_BUFFER_BIT,O.NEAREST):Ri?O.copyTexSubImage3D(Ee,ge,Ae,je,xt+yn,Ce,Ve,we,pe):O.copyTexSubImage2D(Ee,ge,Ae,je,Ce,Ve,we,pe);xe.bindFramebuffer(O.READ_FRAMEBUFFER,null),xe.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else Ri?M.isDataTexture||M.isData3DTexture?O.texSubImage3D(Ee,ge,Ae,je,xt,we,pe,ve,ct,Ft,ut.data):D.isCompressedArrayTexture?O.compressedTexSubImage3D(Ee,ge,Ae,je,xt,we,pe,ve,ct,ut.data):O.texSubImage3D(Ee,ge,Ae,je,xt,we,pe,ve,ct,Ft,ut):M.isDataTexture?O.texSubImage2D(O.TEXTURE_2D,ge,Ae,je,we,pe,ct,Ft,ut.data):M.isCompressedTexture?O.compressedTexSubImage2D(O.TEXTURE_2D,ge,Ae,je,ut.width,ut.height,ct,ut.data):O.texSubImage2D(O.TEXTURE_2D,ge,Ae,je,we,pe,ct,Ft,ut);xe.pixelStorei(O.UNPACK_ROW_LENGTH,Gt),xe.pixelStorei(O.UNPACK_IMAGE_HEIGHT,rt),xe.pixelStorei(O.UNPACK_SKIP_PIXELS,Ci),xe.pixelStorei(O.UNPACK_SKIP_ROWS,Ut),xe.pixelStorei(O.UNPACK_SKIP_IMAGES,Ra),ge===0&&D.generateMipmaps===!0&&D.mipmapsAutoUpdate===!0&&O.generateMipmap(Ee),xe.unbindTexture()},this.initRenderTarget=function(M){De.get(M).__webglFramebuffer===void 0&&ze.setupRenderTarget(M)},this.initTexture=function(M){M.isCubeTexture?ze.setTextureCube(M,0):M.isData3DTexture?ze.setTexture3D(M,0):M.isDataArrayTexture||M.isCompressedArrayTexture?ze.setTexture2DArray(M,0):ze.setTexture2D(M,0),xe.unbindTexture()},this.resetState=function(){H=0,k=0,J=null,xe.reset(),ue.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return pn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Qe._getDrawingBufferColorSpace(e),t.unpackColorSpace=Qe._getUnpackColorSpace()}};var yg={type:"change"},Gu={type:"start"},vg={type:"end"},mc=new ei,_g=new nn,VS=Math.cos(70*vu.DEG2RAD),Et=new V,jt=2*Math.PI,st={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},Vu=1e-6,gc=class extends oa{constructor(e,t=null){super(e,t),this.state=st.NONE,this.target=new V,this.cursor=new V,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Mi.ROTATE,MIDDLE:Mi.DOLLY,RIGHT:Mi.PAN},this.touches={ONE:Si.ROTATE,TWO:Si.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new V,this._lastQuaternion=new rn,this._lastTargetPosition=new V,this._quat=new rn().setFromUnitVectors(e.up,new V(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new es,this._sphericalDelta=new es,this._scale=1,this._panOffset=new V,this._rotateStart=new Fe,this._rotateEnd=new Fe,this._rotateDelta=new Fe,this._panStart=new Fe,this._panEnd=new Fe,this._panDelta=new Fe,this._dollyStart=new Fe,this._dollyEnd=new Fe,this._dollyDelta=new Fe,this._dollyDirection=new V,this._mouse=new Fe,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=HS.bind(this),this._onPointerDown=GS.bind(this),this._onPointerUp=WS.bind(this),this._onContextMenu=JS.bind(this),this._onMouseWheel=qS.bind(this),this._onKeyDown=YS.bind(this),this._onTouchStart=KS.bind(this),this._onTouchMove=ZS.bind(this),this._onMouseDown=$S.bind(this),this._onMouseMove=XS.bind(this),this._interceptControlDown=jS.bind(this),this._interceptControlUp=QS.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=st.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(yg),this.update(),this.state=st.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Et.copy(t).sub(this.target),Et.applyQuaternion(this._quat),this._spherical.setFromVector3(Et),this.autoRotate&&this.state===st.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=jt:i>Math.PI&&(i-=jt),r<-Math.PI?r+=jt:r>Math.PI&&(r-=jt),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Et.setFromSpherical(this._spherical),Et.applyQuaternion(this._quatInverse),t.copy(this.target).add(Et),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Et.length();a=this._clampDistance(o*this._scale);let l=o-a;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),s=!!l}else if(this.object.isOrthographicCamera){let o=new V(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=l!==this.object.zoom;let c=new V(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(o),this.object.updateMatrixWorld(),a=Et.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(mc.origin.copy(this.object.position),mc.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(mc.direction))<VS?this.object.lookAt(this.target):(_g.setFromNormalAndCoplanarPoint(this.object.up,this.target),mc.intersectPlane(_g,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>Vu||8*(1-this._lastQuaternion.dot(this.object.quaternion))>Vu||this._lastTargetPosition.distanceToSquared(this.target)>Vu?(this.dispatchEvent(yg),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?jt/60*this.autoRotateSpeed*e:jt/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Et.setFromMatrixColumn(t,0),Et.multiplyScalar(-e),this._panOffset.add(Et)}_panUp(e,t){this.screenSpacePanning===!0?Et.setFromMatrixColumn(t,1):(Et.setFromMatrixColumn(t,0),Et.crossVectors(this.object.up,Et)),Et.multiplyScalar(e),this._panOffset.add(Et)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Et.copy(r).sub(this.target);let s=Et.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(jt*this._rotateDelta.x/t.clientHeight),this._rotateUp(jt*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-jt*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(jt*this._rotateDelta.x/t.clientHeight),this._rotateUp(jt*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Fe,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function GS(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function HS(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function WS(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(vg),this.state=st.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function $S(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Mi.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=st.DOLLY;break;case Mi.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=st.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=st.ROTATE}break;case Mi.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=st.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=st.PAN}break;default:this.state=st.NONE}this.state!==st.NONE&&this.dispatchEvent(Gu)}function XS(n){switch(this.state){case st.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case st.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case st.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function qS(n){this.enabled===!1||this.enableZoom===!1||this.state!==st.NONE||(n.preventDefault(),this.dispatchEvent(Gu),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(vg))}function YS(n){this.enabled!==!1&&this._handleKeyDown(n)}function KS(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Si.ROTATE:if(this.enableRotate===!1){this.state=st.NONE;break}this._handleTouchStartRotate(n),this.state=st.TOUCH_ROTATE;break;case Si.PAN:if(this.enablePan===!1){this.state=st.NONE;break}this._handleTouchStartPan(n),this.state=st.TOUCH_PAN;break;default:this.state=st.NONE}break;case 2:switch(this.touches.TWO){case Si.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=st.TOUCH_DOLLY_PAN;break;case Si.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=st.TOUCH_DOLLY_ROTATE;break;default:this.state=st.NONE}break;default:this.state=st.NONE}this.state!==st.NONE&&this.dispatchEvent(Gu)}function ZS(n){switch(this._trackPointer(n),this.state){case st.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case st.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case st.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case st.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=st.NONE}}function JS(n){this.enabled!==!1&&n.preventDefault()}function jS(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function QS(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function Ag(n,e,t,i=2,r=.25){let s=bc(n),a=bc(e),o=t&&s>0&&a>0?a/s:1;o=Math.min(Math.max(o,r),1/r);let l=o<=1?i:i/o,c=o<=1?i*o:i;return{xs:n,ys:e,halfX:l/2,halfY:c/2}}function bc(n){return n.length>1?n[n.length-1]-n[0]:0}function Eg(n,e,t){let i=bc(n);return i>0?(t-n[0])/i*2*e-e:0}function Mg(n,e,t){let i=bc(n);return i>0&&e>0?n[0]+(t+e)/(2*e)*i:n.length?n[0]:0}function ji(n,e){return Eg(n.xs,n.halfX,e)}function Qi(n,e){return Eg(n.ys,n.halfY,e)}function Tg(n,e,t){return[Mg(n.xs,n.halfX,e),Mg(n.ys,n.halfY,t)]}function Sg(n,e){let t=n.length;if(t===0)return 0;if(t===1)return n[0];let i=Math.min(Math.max(Math.floor(e),0),t-2);return n[i]+(e-i)*(n[i+1]-n[i])}function wg(n,e){let t=n.length;if(t<=1||!(e>n[0]))return 0;if(e>=n[t-1])return t-1;let i=0,r=t-2;for(;i<r;){let s=i+r+1>>1;n[s]<=e?i=s:r=s-1}return i+(e-n[i])/(n[i+1]-n[i])}function Cg(n,e,t){let i=e?Math.log10(n[0]):n[0],r=e?Math.log10(n[1]):n[1];if(!(Number.isFinite(i)&&Number.isFinite(r)&&r>i)){let s=Number.isFinite(i)?i:Number.isFinite(r)?r:0,a=Math.abs(s)*1e-6||1e-6;i=s-a,r=s+a}return{lo:i,hi:r,log:e,height:t}}function ls(n,e){if(!Number.isFinite(e))return NaN;let i=((n.log?e>0?Math.log10(e):-1/0:e)-n.lo)/(n.hi-n.lo);return(i<=0?0:i>=1?1:i)*n.height}var _a=(()=>{let n=new Float32Array(256);for(let e=0;e<256;e++){let t=e/255;n[e]=t<=.04045?t/12.92:Math.pow((t+.055)/1.055,2.4)}return n})();function Rg(n,e){let t=n*e;return{nx:n,ny:e,positions:new Float32Array(t*3),normals:new Float32Array(t*3),colors:new Float32Array(t*3),index:new Uint32Array(Math.max(0,n-1)*Math.max(0,e-1)*6),indexCount:0,vertexCount:0,finite:new Uint8Array(t),indexChanged:!0,filled:!1}}function Pg(n,e,t,i,r,s=!0){let{nx:a,ny:o,positions:l,normals:c,colors:h,index:f,finite:u}=n;if(e.length!==a*o)throw new Error(`grid has ${e.length} values, expected ny * nx = ${o} * ${a}`);let d=new Float32Array(a),m=new Float32Array(o);for(let S=0;S<a;S++)d[S]=ji(t,t.xs[S]);for(let S=0;S<o;S++)m[S]=Qi(t,t.ys[S]);let x=r?r.lut:null,g=s?_a:null,p=n.filled;for(let S=0,b=0;S<o;S++)for(let w=0;w<a;w++,b++){let F=e[b],R=ls(i,F),P=R===R,L=P?1:0;u[b]!==L&&(p=!1),u[b]=L;let U=b*3;if(l[U]=d[w],l[U+1]=m[S],l[U+2]=P?R:0,x&&r)if(P){let C=r.lutOffset(F);g?(h[U]=g[x[C]],h[U+1]=g[x[C+1]],h[U+2]=g[x[C+2]]):(h[U]=x[C]/255,h[U+1]=x[C+1]/255,h[U+2]=x[C+2]/255)}else h[U]=h[U+1]=h[U+2]=.5}for(let S=0,b=0;S<o;S++)for(let w=0;w<a;w++,b++){let F=b*3,R=0,P=0;if(u[b]){let U=w>0&&u[b-1]?b-1:b,C=w<a-1&&u[b+1]?b+1:b;U!==C&&(R=(l[C*3+2]-l[U*3+2])/(l[C*3]-l[U*3]));let N=S>0&&u[b-a]?b-a:b,H=S<o-1&&u[b+a]?b+a:b;N!==H&&(P=(l[H*3+2]-l[N*3+2])/(l[H*3+1]-l[N*3+1])),Number.isFinite(R)||(R=0),Number.isFinite(P)||(P=0)}let L=Math.sqrt(R*R+P*P+1);c[F]=-R/L,c[F+1]=-P/L,c[F+2]=1/L}if(n.indexChanged=!p,n.filled=!0,p)return;let _=0,E=new Uint8Array(a*o),v=(S,b,w)=>{f[_++]=S,f[_++]=b,f[_++]=w,E[S]=E[b]=E[w]=1};for(let S=0;S<o-1;S++)for(let b=0;b<a-1;b++){let w=S*a+b,F=w+1,R=w+a,P=R+1,L=u[w],U=u[F],C=u[R],N=u[P],H=L+U+C+N;H===4?(v(w,F,P),v(w,P,R)):H===3&&(L?U?C?v(w,F,R):v(w,F,P):v(w,P,R):v(F,P,R))}let A=0;for(let S=0;S<E.length;S++)A+=E[S];n.indexCount=_,n.vertexCount=A}function Ig(n,e){let{normals:t,colors:i}=n,[r,s,a]=e.dir,o=Math.hypot(r,s,a)||1,l=r/o,c=s/o,h=a/o;for(let f=0;f<i.length;f+=3){let u=t[f]*l+t[f+1]*c+t[f+2]*h,d=e.ambient+e.diffuse*(u>0?u:0);i[f]*=d,i[f+1]*=d,i[f+2]*=d}}var ew=0,tw=1,nw=2;function Lg(n,e,t){let i=e.xs.length,r=0;for(let l=0;l<n.length;l++)Number.isFinite(n[l])||r++;let s=new Float32Array(r*3),a=new Uint8Array(r),o=0;for(let l=0;l<n.length;l++){let c=n[l];if(Number.isFinite(c))continue;let h=l%i,f=(l-h)/i;s[o*3]=ji(e,e.xs[h]),s[o*3+1]=Qi(e,e.ys[f]),s[o*3+2]=t,a[o]=c!==c?ew:c>0?tw:nw,o++}return{positions:s,kinds:a,count:r}}function iw(n,e,t,i,r){let s=e.xs.length,a=e.ys.length,o=wg(e.xs,i),l=wg(e.ys,r),c=Math.min(Math.floor(o),Math.max(s-2,0)),h=Math.min(Math.floor(l),Math.max(a-2,0)),f=s>1?o-c:0,u=a>1?l-h:0,d=0,m=0;for(let x=0;x<=1;x++)for(let g=0;g<=1;g++){let p=Math.min(c+g,s-1),_=Math.min(h+x,a-1),E=(g?f:1-f)*(x?u:1-u);if(E<=0)continue;let v=ls(t,n[_*s+p]);v===v&&(d+=E*v,m+=E)}return m>0?d/m:NaN}function Ng(n,e,t,i,r){let s=new Float32Array(n.length*3);return n.forEach((a,o)=>{let l=ls(i,a.planeLoss);l!==l&&(l=iw(e,t,i,a.x,a.y)),l!==l&&(l=r),s[o*3]=ji(t,a.x),s[o*3+1]=Qi(t,a.y),s[o*3+2]=l}),s}function Hu(n,e,t,i=1/0){let{nx:r,ny:s,positions:a,finite:o}=n;if(r<2||s<2||!n.filled||n.indexCount===0)return null;let[l,c,h]=[e[0],e[1],e[2]],[f,u,d]=[t[0],t[1],t[2]],m=R=>a[R*3],x=R=>a[R*r*3+1],g=0,p=i,_=(R,P,L,U)=>{if(P===0)return R>=L&&R<=U;let C=(L-R)/P,N=(U-R)/P;return C>N&&([C,N]=[N,C]),C>g&&(g=C),N<p&&(p=N),g<=p};if(!_(l,f,m(0),m(r-1))||!_(c,u,x(0),x(s-1)))return null;let E=(R,P,L)=>{let U=0,C=P-2;for(;U<C;){let N=U+C+1>>1;R(N)<=L?U=N:C=N-1}return U},v=E(m,r,l+g*f),A=E(x,s,c+g*u),S=f>0?1:f<0?-1:0,b=u>0?1:u<0?-1:0,w=null,F=(R,P,L)=>{let U=a[R*3],C=a[R*3+1],N=a[R*3+2],H=a[P*3]-U,k=a[P*3+1]-C,J=a[P*3+2]-N,z=a[L*3]-U,X=a[L*3+1]-C,B=a[L*3+2]-N,ie=u*B-d*X,be=d*z-f*B,q=f*X-u*z,te=H*ie+k*be+J*q;if(Math.abs(te)<1e-14)return;let ae=1/te,le=l-U,ne=c-C,Se=h-N,qe=(le*ie+ne*be+Se*q)*ae;if(qe<-1e-7||qe>1+1e-7)return;let Te=ne*J-Se*k,Ze=Se*H-le*J,Me=le*k-ne*H,Re=(f*Te+u*Ze+d*Me)*ae;if(Re<-1e-7||qe+Re>1+1e-7)return;let Ye=(z*Te+X*Ze+B*Me)*ae;Ye<0||Ye>i||w&&Ye>=w.t||(w={t:Ye,a:R,b:P,c:L,wa:1-qe-Re,wb:qe,wc:Re})};for(let R=r+s+4;R>0;R--){let P=A*r+v,L=P+1,U=P+r,C=U+1,N=o[P]+o[L]+o[U]+o[C];if(N===4?(F(P,L,C),F(P,C,U)):N===3&&(o[P]?o[L]?o[U]?F(P,L,U):F(P,L,C):F(P,C,U):F(L,C,U)),w)return w;let H=S>0?(m(v+1)-l)/f:S<0?(m(v)-l)/f:1/0,k=b>0?(x(A+1)-c)/u:b<0?(x(A)-c)/u:1/0,J=Math.min(H,k);if(!(J<p)||(H<=J&&(v+=S),k<=J&&(A+=b),v<0||A<0||v>r-2||A>s-2))break}return w}function Dg(n,e,t){let i=n[e.a],r=n[e.b],s=n[e.c];return t&&i>0&&r>0&&s>0?Math.pow(10,e.wa*Math.log10(i)+e.wb*Math.log10(r)+e.wc*Math.log10(s)):e.wa*i+e.wb*r+e.wc*s}function Fg(n,e,t,i,r){let s=t[i*3]-e[0],a=t[i*3+1]-e[1],o=t[i*3+2]-e[2],l=Math.hypot(s,a,o);return l>r?Hu(n,e,[s/l,a/l,o/l],l-r)===null:!0}function Ug(n,e,t,i,r,s=1/0){let a=-1,o=s;for(let l=0;l<e;l++){let c=n[l*3]-i[0],h=n[l*3+1]-i[1],f=n[l*3+2]-i[2],u=t(l),d=c*r[0]+h*r[1]+f*r[2],m=c*c+h*h+f*f-d*d;if(m>u*u)continue;let x=Math.sqrt(u*u-m),g=d-x>=0?d-x:d+x;g>=0&&g<=o&&(a=l,o=g)}return a}function Og(n,e,t,i){let r=[],s=i*i;for(let a=0;a*2<n.length;a++){let o=n[a*2]-e,l=n[a*2+1]-t,c=o*o+l*l;c<=s&&r.push([c,a])}return r.sort((a,o)=>a[0]-o[0]||o[1]-a[1]),r.map(a=>a[1])}function Bg(n,e,t){let i=0;for(let o of n)for(let l of o.lines)i+=Math.max(0,l.length-1);let r=new Float32Array(i*6),s=new Uint16Array(i),a=0;return n.forEach((o,l)=>{for(let c of o.lines){let h=0,f=0;c.forEach(([u,d],m)=>{let x=ji(e,Sg(e.xs,u)),g=Qi(e,Sg(e.ys,d));if(m>0){let p=a*6;r[p]=h,r[p+1]=f,r[p+2]=t,r[p+3]=x,r[p+4]=g,r[p+5]=t,s[a++]=l}h=x,f=g})}}),{positions:r,level:s,segments:i}}function Wu(n,e,t=0){return n.x<e.x+e.width+t&&e.x<n.x+n.width+t&&n.y<e.y+e.height+t&&e.y<n.y+n.height+t}function rw(n,e){return n.x>=e.x&&n.y>=e.y&&n.x+n.width<=e.x+e.width&&n.y+n.height<=e.y+e.height}function kg(n,e,t=[0,1]){let i=Math.hypot(n,e);return i>1e-9?[n/i,e/i]:t}function va(n,e,t,i,r,s,a){let o=Math.abs(t),l=Math.abs(i),c=Math.min(o>1e-9?(r/2+a)/o:1/0,l>1e-9?(s/2+a)/l:1/0),h=Number.isFinite(c)?c:0,f=n+t*h,u=e+i*h;return{x:f-r/2,y:u-s/2,width:r,height:s}}function zg(n,e,t,i){return Math.abs(n)*t+Math.abs(e)*i}function sw(n,e=0){for(let t=0;t<n.length;t++)for(let i=t+1;i<n.length;i++)if(Wu(n[t],n[i],e))return!0;return!1}function $u(n,e,t,i=2){let r={ticks:[],boxes:[]},s="";for(let o=Math.max(1,Math.floor(e));o>=1;o--){let l=n(o),c=l.map(u=>u.value).join(",");if(c===s)continue;s=c;let h=[],f=[];for(let u of l){let d=t(u);d&&(h.push(u),f.push(d))}if(r={ticks:h,boxes:f},!sw(f,i))return r}let a={ticks:[],boxes:[]};return r.boxes.forEach((o,l)=>{a.boxes.some(c=>Wu(c,o,i))||(a.ticks.push(r.ticks[l]),a.boxes.push(o))}),a}function Vg(n,e,t=2){let i=n.map((s,a)=>a).sort((s,a)=>n[a].priority-n[s].priority||s-a),r=[];for(let s of i){let a=n[s].box;Number.isFinite(a.x)&&Number.isFinite(a.y)&&(e&&!rw(a,e)||r.some(o=>Wu(n[o].box,a,t))||r.push(s))}return r.sort((s,a)=>s-a)}function Gg(n){let[e,t,i,r]=n,s=e.depth+t.depth<=r.depth+i.depth?-1:1,a=t.depth+i.depth<=e.depth+r.depth?1:-1,o=0;for(let l=1;l<4;l++){let c=n[l],h=n[o];(c.x<h.x-1e-6||Math.abs(c.x-h.x)<=1e-6&&c.depth>h.depth)&&(o=l)}return{xEdge:s,yEdge:a,zCorner:o}}var aw=2,Ea=1,er=-.22,ow=10,lw=30,Hg=-60*Math.PI/180,Wg=28*Math.PI/180,Xu=5.8,Ma=new V(0,0,(er+Ea)/2-.05),cw={dir:[-2,-3,6],ambient:.5,diffuse:.6},xc=10*Math.PI/180,$g=.85,Xg=.028,qg=.055,hw=9,Ju='Roboto, "Helvetica Neue", Arial, sans-serif',Yg=`11px ${Ju}`,Kg=`12px ${Ju}`,Zg=13,Jg=15,yc=3,qu=3,_c=.05,uw=55,fw=24,jg=`
.tbl-surface { display: inline-block; }
.tbl-surface-plot { position: relative; flex: none; }
.tbl-surface-labels { position: absolute; left: 0; top: 0; pointer-events: none; overflow: hidden; }
.tbl-surface-labels text {
  fill: var(--tbl-fg, #212121); font-size: 11px; font-family: ${Ju};
  paint-order: stroke; stroke: var(--tbl-bg, #ffffff); stroke-width: 3px; stroke-linejoin: round;
}
.tbl-surface-labels text.tbl-axis-title { fill: var(--tbl-muted, #616161); font-size: 12px; }
.tbl-surface-canvas { display: block; outline: none; cursor: grab; touch-action: none; border-radius: 2px; }
.tbl-surface-canvas:active { cursor: grabbing; }
.tbl-surface-canvas:focus-visible { outline: 2px solid var(--tbl-accent, #f57c00); outline-offset: 1px; }
.tbl-surface .tbl-readout, .tbl-surface .tbl-legend { margin-left: 0; }
.tbl-surface-hint { color: var(--tbl-muted, #616161); font-size: 11px; margin-top: 2px; }
.tbl-surface-message {
  color: var(--tbl-muted, #616161); font-size: 13px; padding: 24px 16px;
  border: 1px dashed var(--tbl-border, #e0e0e0); border-radius: 3px; max-width: 480px;
}
`,Sc=class{constructor(){this.element=re("div",{class:"tbl-surface"});this.figure=re("div",{class:"tbl-row tbl-surface-figure"});this.plot=re("div",{class:"tbl-surface-plot"});this.labelLayer=Oe("svg",{class:"tbl-surface-labels","data-testid":"surface-labels","aria-hidden":"true"});this.canvas=re("canvas",{"data-testid":"surface",class:"tbl-surface-canvas",tabindex:0,role:"img","aria-label":"3D loss surface: drag to orbit, scroll or +/- to zoom, arrow keys to turn, 0 or double-click to reset"});this.colorbar=new Ar;this.readout=re("div",{class:"tbl-readout","data-testid":"readout-3d"},[" "]);this.hint=re("div",{class:"tbl-surface-hint"},["drag: orbit · right-drag: pan · scroll / + −: zoom · arrows: turn · 0 or double-click: reset"]);this.legendSlot=re("div");this.message=re("div",{class:"tbl-surface-message","data-testid":"surface-message",hidden:!0});this.renderer=null;this.controls=null;this.glError=null;this.scene=new Gs;this.camera=new Ht(lw,1.2,.05,100);this.size=[0,0];this.surfaceMaterial=new Wi({vertexColors:!0,side:bn,polygonOffset:!0,polygonOffsetFactor:1,polygonOffsetUnits:1});this.surfaceMesh=new Xt(new St,this.surfaceMaterial);this.surf=null;this.floorMaterial=new Wi({vertexColors:!0,polygonOffset:!0,polygonOffsetFactor:2,polygonOffsetUnits:2});this.floor=new Xt(dw(new Xi(1,1)),this.floorMaterial);this.frameMaterial=new xi({vertexColors:!0});this.frameLines=new Zr(new St,this.frameMaterial);this.contourMaterial=new xi({vertexColors:!0});this.contours=new Zr(new St,this.contourMaterial);this.dot=mw();this.marksMaterial=new Jr({size:7,sizeAttenuation:!1,vertexColors:!0,map:this.dot,alphaTest:.5,transparent:!1});this.marks=new qs(new St,this.marksMaterial);this.pathLineMaterial=new xi({vertexColors:!0});this.pathLine=new Kr(new St,this.pathLineMaterial);this.sphere=new js(1,12,8);this.pathMaterial=new Qs;this.pathDots=new $i(this.sphere,this.pathMaterial,1);this.axesKey="";this.shown=null;this.theme=null;this.raycaster=new aa;this.hoverAt=null;this.hoverFrame=0;this.cleanups=[];this.disposed=!1;this.plot.append(this.canvas,this.labelLayer),this.figure.append(this.plot,this.colorbar.element),this.element.append(this.figure,this.readout,this.legendSlot,this.hint,this.message),this.element.dataset.vertices="0",this.element.dataset.pathPoints="0",this.camera.up.set(0,0,1),this.placeCamera(),this.element.dataset.camera=this.cameraKey(),this.scene.add(new na(16777215,5592405,1.9));let e=new sa(16777215,1.9);if(e.position.set(-2,-3,6),this.scene.add(e),this.floor.position.z=er,this.pathDots.count=0,this.marks.frustumCulled=!1,this.contours.frustumCulled=!1,this.pathLine.frustumCulled=!1,this.pathDots.frustumCulled=!1,this.scene.add(this.floor,this.frameLines,this.contours,this.surfaceMesh,this.marks,this.pathLine,this.pathDots),this.listen(this.canvas,"dblclick",()=>this.resetView()),this.listen(this.canvas,"keydown",t=>this.onKey(t)),this.listen(this.canvas,"pointermove",t=>this.onPointerMove(t)),this.listen(this.canvas,"pointerleave",()=>this.onPointerLeave()),this.cleanups.push(()=>{this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0}),typeof MutationObserver=="function"){let t=new MutationObserver(()=>{!this.shown||!this.renderer||(this.applyTheme(!0),this.render())});t.observe(document.documentElement,{attributes:!0,attributeFilter:["class","style"]}),this.cleanups.push(()=>t.disconnect())}}draw(e,t){if(this.disposed)return;if(e.header.dims!==2){this.showMessage("3D needs a 2D landscape");return}let i=Yt(e,t.metric);if(!this.ensureRenderer()){this.showMessage(`3D view unavailable: ${this.glError}. The 2D view works without WebGL.`);return}this.message.hidden=!0,this.figure.hidden=!1,this.hint.hidden=!1,this.resize(t.maxSide),this.applyTheme(!1);let{nx:r,ny:s}=e,[a,o]=e.header.axes,l=e.header.metrics[t.metric]??"",c=Ag(a.coords,o.coords,a.unit===o.unit,aw),h=t.scale==="log",f=eo(i,t.domain,t.scale),u=f??(h?[.1,1]:[0,1]),d=Cg(u,h,Ea),m=new fr(u,{scale:t.scale,palette:t.palette}),x=this.surfaceBuffers(r,s);Pg(x,i,c,d,m,!0),Ig(x,cw);let g=this.surfaceMesh.geometry;for(let H of["position","normal","color"]){let k=g.getAttribute(H);k.needsUpdate=!0}if(x.indexChanged){let H=g.getIndex();H.clearUpdateRanges(),H.addUpdateRange(0,Math.max(1,x.indexCount)),H.needsUpdate=!0,g.setDrawRange(0,x.indexCount)}let p=g.boundingBox??(g.boundingBox=new mn);p.min.set(-c.halfX,-c.halfY,0),p.max.set(c.halfX,c.halfY,Ea);let _=g.boundingSphere??(g.boundingSphere=new gn);p.getBoundingSphere(_),this.floor.scale.set(2*c.halfX+.16,2*c.halfY+.16,1);let E=Lg(i,c,er+.004);if(this.fillMarks(E.positions,E.kinds,E.count),t.floorContours){let H=Qa(u,t.scale,ow),k=Bg(uo(i,r,s,H),c,er+.002),J=new Float32Array(k.segments*6),z=H.map(X=>Sa(m.color(X)));for(let X=0;X<k.segments;X++){let B=z[k.level[X]];J.set(B,X*6),J.set(B,X*6+3)}this.fillLines(this.contours,k.positions,J,k.segments*2)}else this.fillLines(this.contours,new Float32Array(0),new Float32Array(0),0);let v=e.header.trajectory,A=t.path&&v&&v.y?yr(v):[],S=Ng(A,i,c,d,er+.01);this.fillPath(A,S);let b=vr(A,a.coords,o.coords),w=nr(i),F=ir(i,u),[R,P]=e.header.center,L=Math.max(60,Math.round(this.size[1]*.6)),U=l+(h?" (log)":""),C=Math.round(this.size[1]*.12);f?this.colorbar.draw(m,L,U,{top:C,clip:F}):this.colorbar.empty(U,"no finite values",{top:C});let N=A.length;this.legendSlot.replaceChildren(Mr(w,{hatched:!1,note:"no surface there; dots on the floor",center:{text:`centre (${nt(R)}, ${nt(P)})`,mark:"cross"},clip:{...F,low:m.colorAt(0),high:m.colorAt(1)},path:N>0?{count:N,first:A[0].step,last:A[N-1].step,early:_r(0,N),late:_r(N-1,N),tiny:Sr(b,2,e.header.method)}:null})),this.shown={frame:e,values:i,layout:c,hs:d,metricName:l,points:A,spread:b,pathPositions:S,domain:f,scale:t.scale,frameSegments:gw(e,c)},this.axesKey="",this.element.dataset.vertices=String(x.vertexCount),this.element.dataset.pathPoints=String(A.length),this.element.dataset.pathSpread=b?String(b.fraction):"",this.render()}toPng(){return this.render(),ar(this.element,e=>e===this.readout||e===this.hint)}resetView(){this.controls?this.controls.reset():this.placeCamera(),this.render()}dispose(){if(this.disposed)return;this.disposed=!0,this.cleanups.forEach(i=>i()),this.cleanups.length=0,this.controls?.dispose(),this.controls=null;let e=new Set,t=i=>{i&&!e.has(i)&&(e.add(i),i.dispose())};this.scene.traverse(i=>{let r=i;t(r.geometry);let s=r.material;Array.isArray(s)?s.forEach(t):t(s),i instanceof $i&&t(i)}),t(this.sphere),t(this.dot),this.labelLayer.replaceChildren(),this.scene.clear(),this.shown=null,this.renderer&&(this.renderer.dispose(),this.renderer.forceContextLoss(),this.renderer=null)}listen(e,t,i){e.addEventListener(t,i),this.cleanups.push(()=>e.removeEventListener(t,i))}ensureRenderer(){if(this.renderer)return!0;if(this.glError)return!1;try{this.renderer=new fc({canvas:this.canvas,antialias:!pw(),preserveDrawingBuffer:!0})}catch(t){return this.glError=`WebGL could not be started (${t.message||String(t)})`,!1}this.renderer.outputColorSpace=kt,this.renderer.setPixelRatio(Math.max(1,Math.min(2,window.devicePixelRatio||1)));let e=new gc(this.camera,this.canvas);return e.target.copy(Ma),e.enableDamping=!1,e.minDistance=1.2,e.maxDistance=30,e.update(),e.saveState(),e.addEventListener("change",()=>this.render()),this.controls=e,this.listen(this.canvas,"webglcontextrestored",()=>this.render()),!0}showMessage(e){this.message.textContent=e,this.message.hidden=!1,this.figure.hidden=!0,this.hint.hidden=!0,this.readout.textContent=" ",this.legendSlot.replaceChildren(),this.labelLayer.replaceChildren(),this.axesKey="",this.shown=null,this.element.dataset.vertices="0",this.element.dataset.pathPoints="0"}placeCamera(){let e=Math.cos(Wg);this.camera.position.set(Ma.x+Xu*e*Math.cos(Hg),Ma.y+Xu*e*Math.sin(Hg),Ma.z+Xu*Math.sin(Wg)),this.camera.lookAt(Ma)}resize(e){let t=Math.max(120,Math.round(e)),i=Math.round(t*1.15);this.size[0]===i&&this.size[1]===t||(this.size=[i,t],this.renderer.setSize(i,t),this.camera.aspect=i/t,this.camera.updateProjectionMatrix(),this.labelLayer.setAttribute("width",String(i)),this.labelLayer.setAttribute("height",String(t)),this.axesKey="")}render(){!this.renderer||this.disposed||(this.layoutAxes(),this.renderer.render(this.scene,this.camera),this.element.dataset.camera=this.cameraKey())}cameraKey(){let e=this.camera.position;return`${e.x.toFixed(2)},${e.y.toFixed(2)},${e.z.toFixed(2)}`}applyTheme(e){let t=document.documentElement,i=getComputedStyle(t),r=t.classList.contains("tbl-dark"),s={bg:i.getPropertyValue("--tbl-bg").trim()||(r?"#303030":"#ffffff"),fg:i.getPropertyValue("--tbl-fg").trim()||(r?"#eeeeee":"#212121"),muted:i.getPropertyValue("--tbl-muted").trim()||(r?"#bdbdbd":"#616161"),dark:r},a=this.theme;if(!e&&a&&a.bg===s.bg&&a.fg===s.fg&&a.muted===s.muted)return;this.theme=s;let o=Yu(s.bg,r?3158064:16777215),l=Yu(s.fg,r?15658734:2171169);this.renderer?.setClearColor(o,1),this.floorMaterial.color.copy(o).lerp(l,r?.08:.045),this.frameMaterial.color.copy(Yu(s.muted,8947848))}surfaceBuffers(e,t){if(this.surf&&this.surf.nx===e&&this.surf.ny===t)return this.surf;let i=Rg(e,t),r=new St;return r.setAttribute("position",new Mt(i.positions,3).setUsage(Ei)),r.setAttribute("normal",new Mt(i.normals,3).setUsage(Ei)),r.setAttribute("color",new Mt(i.colors,3).setUsage(Ei)),r.setIndex(new Mt(i.index,1).setUsage(Ei)),this.surfaceMesh.geometry.dispose(),this.surfaceMesh.geometry=r,this.surf=i,i}fillLines(e,t,i,r){let s=Ku(e,r);s.getAttribute("position").array.set(t.subarray(0,r*3)),s.getAttribute("color").array.set(i.subarray(0,r*3)),Zu(s,r)}fillMarks(e,t,i){let r=Ku(this.marks,i);r.getAttribute("position").array.set(e.subarray(0,i*3));let s=r.getAttribute("color").array,a=[Sa(Fi),Sa(Ui),Sa(Oi)];for(let o=0;o<i;o++)s.set(a[t[o]],o*3);Zu(r,i)}fillPath(e,t){let i=e.length,r=new Float32Array(i*3);for(let o=0;o<i;o++)r.set(Sa(_r(o,i)),o*3);this.fillLines(this.pathLine,t,r,i),i>this.pathDots.instanceMatrix.count&&(this.scene.remove(this.pathDots),this.pathDots.dispose(),this.pathDots=new $i(this.sphere,this.pathMaterial,Math.max(i,2*this.pathDots.instanceMatrix.count)),this.pathDots.frustumCulled=!1,this.scene.add(this.pathDots));let s=new it,a=new He;for(let o=0;o<i;o++){let l=o===i-1?qg:Xg;s.makeScale(l,l,l).setPosition(t[o*3],t[o*3+1],t[o*3+2]),this.pathDots.setMatrixAt(o,s);let c=r.subarray(o*3,o*3+3);this.pathDots.setColorAt(o,a.setRGB(c[0],c[1],c[2]))}this.pathDots.count=i,this.pathDots.instanceMatrix.needsUpdate=!0,this.pathDots.instanceColor&&(this.pathDots.instanceColor.needsUpdate=!0)}layoutAxes(){let e=this.shown;if(!e)return;let[t,i]=this.size,r=this.camera;r.updateMatrixWorld();let s=`${r.position.toArray().map(z=>z.toFixed(4))} ${r.quaternion.toArray().map(z=>z.toFixed(5))} ${r.zoom} ${t}x${i}`;if(s===this.axesKey)return;this.axesKey=s;let{layout:a,hs:o}=e,{halfX:l,halfY:c}=a,h=er,f=new V,u=(z,X,B)=>(f.set(z,X,B).project(r),f.z>=-1&&f.z<=1?[(f.x+1)/2*t,(1-f.y)/2*i]:null),d=(z,X,B)=>{let ie=u(z[0],z[1],z[2]),be=u(X[0],X[1],X[2]);return ie&&be?kg(be[0]-ie[0],be[1]-ie[1],B):B},m=[[-l,-c],[l,-c],[l,c],[-l,c]],x=m.map(([z,X])=>{let B=u(z,X,h);return{x:B?B[0]:NaN,y:B?B[1]:NaN,depth:r.position.distanceTo(f.set(z,X,h))}}),g=Gg(x),p=e.frameSegments.slice(),_=[],[E,v]=e.frame.header.axes,A=(z,X,B)=>{let ie=X.length;if(ie<2)return;let be=X[0],q=X[ie-1],te=Ue=>z==="x"?[ji(a,Ue),g.xEdge*c,h]:[g.yEdge*l,Qi(a,Ue),h],ae=z==="x"?[0,g.xEdge*_c,0]:[g.yEdge*_c,0,0],le=(Ue,et,Ne=1)=>[Ue[0]+Ne*et[0],Ue[1]+Ne*et[1],Ue[2]+Ne*et[2]],ne=te((be+q)/2),Se=d(ne,le(ne,ae),[0,1]),qe=u(...te(be)),Te=u(...te(q)),Ze=qe&&Te?Math.hypot(Te[0]-qe[0],Te[1]-qe[1]):0,Me=$u(Ue=>Nn([be,q],Ue),Math.max(1,Math.min(8,Math.floor(Ze/uw))),Ue=>{let et=le(te(Ue.value),ae),Ne=u(et[0],et[1],et[2]);return Ne?va(Ne[0],Ne[1],Se[0],Se[1],Mc(Ue.label,Yg),Zg,yc):null},qu),Re=0;Me.ticks.forEach((Ue,et)=>{let Ne=te(Ue.value);p.push(...Ne,...le(Ne,ae)),_.push({box:Me.boxes[et],priority:1,text:Ue.label,axis:z,kind:"tick"}),Re=Math.max(Re,zg(Se[0],Se[1],Me.boxes[et].width,Me.boxes[et].height)+yc)});let Ye=u(...le(ne,ae));if(Ye&&B){let Ue=va(Ye[0],Ye[1],Se[0],Se[1],Mc(B,Kg),Jg,yc+Re+2);_.push({box:Ue,priority:2,text:B,axis:z,kind:"title"})}},[S,b]=m[g.zCorner],w=[Math.sign(S)*_c*Math.SQRT1_2,Math.sign(b)*_c*Math.SQRT1_2];p.push(S,b,h,S,b,Ea);let R=[d([S,b,0],[S+w[0],b+w[1],0],[-1,0])[0]>0?1:-1,0],P=u(S,b,0),L=u(S,b,Ea),U=P&&L?Math.hypot(L[0]-P[0],L[1]-P[1]):0;if(e.domain){let z=e.domain,X=$u(B=>xr(z,e.scale,B),Math.max(1,Math.min(10,Math.floor(U/fw))),B=>{let ie=ls(o,B.value),be=u(S+w[0],b+w[1],ie);return be?va(be[0],be[1],R[0],R[1],Mc(B.label,Yg),Zg,yc):null},qu);X.ticks.forEach((B,ie)=>{let be=ls(o,B.value);p.push(S,b,be,S+w[0],b+w[1],be),_.push({box:X.boxes[ie],priority:1,text:B.label,axis:"z",kind:"tick"})})}let C=e.metricName+(o.log?" (log)":"");if(L&&C){let z=va(L[0],L[1],0,-1,Mc(C,Kg),Jg,8);_.push({box:z,priority:2,text:C,axis:"z",kind:"title"})}A("x",E.coords,E.label||"x"),A("y",v.coords,v.label||"y");let N=new Float32Array(p),H=Ku(this.frameLines,N.length/3);H.getAttribute("position").array.set(N),H.getAttribute("color").array.fill(1,0,N.length),Zu(H,N.length/3);let J=Vg(_,{x:0,y:0,width:t,height:i},qu);this.labelLayer.replaceChildren(...J.map(z=>{let X=_[z];return Oe("text",{class:X.kind==="title"?"tbl-axis-title":null,x:X.box.x.toFixed(1),y:(X.box.y+X.box.height/2).toFixed(1),"dominant-baseline":"central","data-axis":X.axis,"data-kind":X.kind},[X.text])})),this.element.dataset.axes=`x:${g.xEdge} y:${g.yEdge} z:${g.zCorner}`,this.element.dataset.labels=String(J.length)}onKey(e){if(!this.controls||e.altKey||e.ctrlKey||e.metaKey)return;let t=this.controls.target,i=this.camera.position.clone().sub(t),r=i.length(),s=Math.atan2(i.y,i.x),a=Math.acos(Math.min(1,Math.max(-1,i.z/r)));switch(e.key){case"ArrowLeft":s-=xc;break;case"ArrowRight":s+=xc;break;case"ArrowUp":a-=xc/2;break;case"ArrowDown":a+=xc/2;break;case"+":case"=":r*=$g;break;case"-":case"_":r/=$g;break;case"0":e.preventDefault(),e.stopPropagation(),this.resetView();return;default:return}e.preventDefault(),e.stopPropagation(),a=Math.min(Math.PI-.02,Math.max(.02,a)),r=Math.min(this.controls.maxDistance,Math.max(this.controls.minDistance,r)),this.camera.position.set(t.x+r*Math.sin(a)*Math.cos(s),t.y+r*Math.sin(a)*Math.sin(s),t.z+r*Math.cos(a)),this.camera.lookAt(t),this.controls.update(),this.render()}onPointerMove(e){!this.shown||!this.renderer||e.buttons!==0||(this.hoverAt=[e.clientX,e.clientY],!this.hoverFrame&&(this.hoverFrame=requestAnimationFrame(()=>{this.hoverFrame=0;let t=this.hoverAt;this.hoverAt=null,t&&!this.disposed&&this.hover(t[0],t[1])})))}onPointerLeave(){this.hoverFrame&&cancelAnimationFrame(this.hoverFrame),this.hoverFrame=0,this.hoverAt=null,this.readout.textContent=" "}hover(e,t){let i=this.shown,r=this.surf;if(!i||!r)return;let s=this.canvas.getBoundingClientRect();if(!(s.width>0&&s.height>0))return;let a=e-s.left,o=t-s.top;this.raycaster.setFromCamera(new Fe(a/s.width*2-1,1-o/s.height*2),this.camera);let{origin:l,direction:c}=this.raycaster.ray,h=[l.x,l.y,l.z],f=[c.x,c.y,c.z],u=Hu(r,h,f),d=i.points.length,m=v=>v===d-1?qg:Xg,x=-1;if(d>0){let v=new Float32Array(d*2),A=new V;for(let b=0;b<d;b++){A.set(i.pathPositions[b*3],i.pathPositions[b*3+1],i.pathPositions[b*3+2]).project(this.camera);let w=A.z>=-1&&A.z<=1;v[b*2]=w?(A.x+1)/2*s.width:1/0,v[b*2+1]=w?(1-A.y)/2*s.height:1/0}let S=[this.camera.position.x,this.camera.position.y,this.camera.position.z];for(let b of Og(v,a,o,hw))if(Fg(r,S,i.pathPositions,b,m(b))){x=b;break}x<0&&(x=Ug(i.pathPositions,d,m,h,f,u?u.t:1/0))}if(this.element.dataset.hover=x>=0?`path:${x}`:u?"surface":"",x>=0){let v=i.points[x],A=i.spread?.tiny?` · the path barely moves in this plane (within ${ws(i.spread.fraction)} of its span)`:"";this.readout.textContent=`step ${v.step}: on-plane loss = ${nt(v.planeLoss)}, true loss = ${nt(v.trueLoss)}, residual = ${nt(v.residual)}${A}`;return}if(!u){this.readout.textContent=" ";return}let[g,p]=Tg(i.layout,h[0]+u.t*f[0],h[1]+u.t*f[1]),[_,E]=i.frame.header.axes;this.readout.textContent=`${_.label||"x"} = ${nt(g)}, ${E.label||"y"} = ${nt(p)}: ${i.metricName} = ${nt(Dg(i.values,u,i.hs.log))}`}};function Sa(n){return[_a[n[0]],_a[n[1]],_a[n[2]]]}function Yu(n,e){let t=new He(e);if(/^(#[0-9a-f]{3,8}|rgba?\([^)]*\)|hsla?\([^)]*\)|[a-z]+)$/i.test(n)){let i=console.warn;console.warn=()=>{};try{t.setStyle(n)}finally{console.warn=i}}return t}function Ku(n,e){let t=n.geometry,i=t.getAttribute("position");if(i&&i.count>=e)return t;let r=Math.max(e,2*(i?.count??0),16),s=new St;return s.setAttribute("position",new Mt(new Float32Array(r*3),3).setUsage(Ei)),s.setAttribute("color",new Mt(new Float32Array(r*3),3).setUsage(Ei)),t.dispose(),n.geometry=s,s}function dw(n){let e=n.getAttribute("position").count;return n.setAttribute("color",new Mt(new Float32Array(e*3).fill(1),3)),n}function Zu(n,e){for(let t of["position","color"]){let i=n.getAttribute(t);i&&(i.clearUpdateRanges(),i.addUpdateRange(0,Math.max(e,1)*3),i.needsUpdate=!0)}n.setDrawRange(0,e)}var wa=null;function pw(){if(wa!==null)return wa;wa=!1;try{let n=document.createElement("canvas").getContext("webgl");if(n){let e=n.getExtension("WEBGL_debug_renderer_info"),t=String(n.getParameter(e?e.UNMASKED_RENDERER_WEBGL:n.RENDERER));wa=/swiftshader|llvmpipe|softpipe|software|basic render/i.test(t),n.getExtension("WEBGL_lose_context")?.loseContext()}}catch{}return wa}function mw(){let n=document.createElement("canvas");n.width=n.height=32;let e=n.getContext("2d");e&&(e.fillStyle="#ffffff",e.beginPath(),e.arc(16,16,14,0,2*Math.PI),e.fill());let t=new Ks(n);return t.colorSpace=kt,t}function gw(n,e){let{halfX:t,halfY:i}=e,r=er,s=[],a=(f,u)=>s.push(...f,...u);a([-t,-i,r],[t,-i,r]),a([t,-i,r],[t,i,r]),a([t,i,r],[-t,i,r]),a([-t,i,r],[-t,-i,r]);let[o,l]=n.header.center,c=ji(e,o),h=Qi(e,l);return Number.isFinite(c)&&Number.isFinite(h)&&(a([c-.06,h,r+.003],[c+.06,h,r+.003]),a([c,h-.06,r+.003],[c,h+.06,r+.003])),s}var Aa,vc=new Map;function Mc(n,e){let t=`${e}\0${n}`,i=vc.get(t);if(i!==void 0)return i;Aa===void 0&&(Aa=document.createElement("canvas").getContext("2d"));let r=parseFloat(e)||11;return Aa?(Aa.font=e,i=Math.ceil(Aa.measureText(n).width)+1):i=Math.ceil(n.length*r*.6),vc.size>4096&&vc.clear(),vc.set(t,i),i}function cs(n){switch(n){case"2d":return new mo;case"3d":return new Sc;case"1d":return new co}}function Qg(){return`
${bp}
${jg}
`}var bw=220;function xw(n){return cs(n===2?"2d":"1d")}var wc=class{constructor(){this.element=re("div",{class:"tbl-compare","data-testid":"compare"});this.tiles=new Map}show(e,t,i){let r=new Set(e.map(o=>o.run));for(let[o,l]of this.tiles)r.has(o)||(l.renderer?.dispose(),l.element.remove(),this.tiles.delete(o));let s=[];for(let o of e){let l=this.tiles.get(o.run)??this.newTile(o.run);l.caption.textContent=o.caption;let c=o.frame?o.frame.header.metrics.indexOf(t):-1,h=o.message??(o.frame&&c<0?`no metric "${t}"`:null);if(!o.frame||h)l.message.textContent=h??"no record",l.message.hidden=!1,l.slot.hidden=!0;else{let f=o.frame.header.dims;(!l.renderer||l.dims!==f)&&(l.renderer?.dispose(),l.renderer=xw(f),l.dims=f,l.slot.replaceChildren(l.renderer.element)),l.message.hidden=!0,l.slot.hidden=!1,l.renderer.draw(o.frame,{...i,metric:c,maxSide:bw,overlays:[]})}s.push(l.element)}let a=Array.from(this.element.children);(a.length!==s.length||a.some((o,l)=>o!==s[l]))&&this.element.replaceChildren(...s)}resetView(){for(let e of this.tiles.values())e.renderer?.resetView()}dispose(){for(let e of this.tiles.values())e.renderer?.dispose();this.tiles.clear(),this.element.replaceChildren()}newTile(e){let t=re("div",{class:"tbl-tile-name",title:e},[e]),i=re("div",{class:"tbl-tile-caption"}),r=re("div",{class:"tbl-tile-message",hidden:!0}),s=re("div",{class:"tbl-tile-plot"}),o={element:re("div",{class:"tbl-tile","data-run":e},[t,i,r,s]),name:t,caption:i,message:r,slot:s,renderer:null,dims:null};return this.tiles.set(e,o),o}},Ac=class{constructor(){this.element=re("div",{class:"tbl-diff","data-testid":"diff"});this.caption=re("div",{class:"tbl-diff-caption"});this.message=re("div",{class:"tbl-diff-message","data-testid":"diff-message",role:"alert",hidden:!0});this.slot=re("div");this.renderer=null;this.dims=null;this.element.append(this.caption,this.message,this.slot)}get current(){return this.renderer&&!this.slot.hidden?this.renderer:null}show(e,t,i){this.caption.textContent=t,(!this.renderer||this.dims!==e.header.dims)&&(this.renderer?.dispose(),this.renderer=cs(e.header.dims===2?"2d":"1d"),this.dims=e.header.dims,this.slot.replaceChildren(this.renderer.element)),this.message.hidden=!0,this.slot.hidden=!1,this.renderer.draw(e,i)}showMessage(e,t){this.caption.textContent=e,this.message.textContent=t,this.message.hidden=!1,this.slot.hidden=!0}resetView(){this.renderer?.resetView()}dispose(){this.renderer?.dispose(),this.renderer=null,this.dims=null,this.slot.replaceChildren()}};var yw=new Intl.Collator("en",{numeric:!0});function ju(n){return[...n].sort((e,t)=>yw.compare(e,t)||(e<t?-1:e>t?1:0))}function hs(n,e){let t=re("select",{"data-testid":e});return{label:re("label",{},[n,t]),select:t}}function Ec(n,e,t){let i=Array.from(n.options,s=>s.value);(i.length!==e.length||i.some((s,a)=>s!==e[a]))&&n.replaceChildren(...e.map(s=>new Option(s,s)));let r=t!==null&&e.includes(t)?t:e[0]??null;return r!==null&&(n.value=r),r}function Ta(n,e,t,i){let r=re("input",{type:"checkbox","data-testid":e});return r.checked=t,{label:re("label",{class:"tbl-check",title:i},[r,n]),input:r}}function us(n,e,t,i,r){let s=re("select",{"data-testid":e,title:r});return s.append(...t.map(([o,l])=>new Option(l,o))),s.value=i,{label:re("label",{},[n,s]),select:s}}function Vn(n,e,t){return re("button",{type:"button",class:"tbl-button","data-testid":e,title:t},[n])}function Qu(n,e,t){return re("input",{type:"number",step:"any",class:"tbl-number","data-testid":n,placeholder:e,"aria-label":t,autocomplete:"off"})}function ef(n,e,t){let i=Array.from(n.options,a=>`${a.value}\0${a.text}`);(i.length!==e.length||i.some((a,o)=>a!==`${e[o][0]}\0${e[o][1]}`))&&n.replaceChildren(...e.map(([a,o])=>new Option(o,a)));let r=e.map(a=>a[0]),s=t!==null&&r.includes(t)?t:r[0]??null;return s!==null&&(n.value=s),s}function e0(n,e){let t=URL.createObjectURL(n),i=re("a",{href:t,download:e,hidden:!0});document.body.append(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(t),3e4)}var fs=class extends Error{constructor(){super("cancelled"),this.name="CancelledError"}},si=n=>_f(n.run,n.tag,n.step,n.wallTime),Tc=class{constructor(e,t=vf(),i=2){this.fetchFrame=e;this.cache=t;this.maxInFlight=i;this.pending=new Map;this.running=new Map;this.counter=0}get inFlight(){return this.running.size}get queued(){return this.pending.size}cached(e){return this.cache.get(si(e))}isHeld(e){let t=si(e);return this.cache.has(t)||this.running.has(t)||this.pending.has(t)}load(e){let t=si(e),i=this.cache.get(t);if(i)return Promise.resolve(i);let r=this.running.get(t);if(r)return r;let s=this.pending.get(t)??this.newJob(t,e);return s.foreground=!0,s.order=++this.counter,this.pump(),s.promise}prefetch(e){let t=new Set(e.map(si));for(let[i,r]of this.pending)!r.foreground&&!t.has(i)&&this.drop(r);for(let i of e){let r=si(i);if(this.cache.has(r)||this.running.has(r))continue;let s=this.pending.get(r)??this.newJob(r,i);s.foreground||(s.order=++this.counter)}this.pump()}cancelPending(){for(let e of[...this.pending.values()])this.drop(e)}newJob(e,t){let i,r,s=new Promise((o,l)=>{i=o,r=l});s.catch(()=>{});let a={key:e,ref:t,foreground:!1,order:0,promise:s,resolve:i,reject:r};return this.pending.set(e,a),a}drop(e){this.pending.delete(e.key),e.reject(new fs)}next(){let e=null;for(let t of this.pending.values())e?t.foreground!==e.foreground?t.foreground&&(e=t):(t.foreground?t.order>e.order:t.order<e.order)&&(e=t):e=t;return e}pump(){for(;this.running.size<this.maxInFlight;){let e=this.next();if(!e)return;this.pending.delete(e.key);let t=(async()=>this.fetchFrame(e.ref))();this.running.set(e.key,e.promise),t.then(i=>{this.cache.set(e.key,i),this.running.delete(e.key),e.resolve(i),this.pump()},i=>{this.running.delete(e.key),e.reject(i),this.pump()})}}};function Cc(n,e){let t=0,i=n.length-1,r=-1;for(;t<=i;){let s=t+i>>1;n[s]<=e?(r=s,t=s+1):i=s-1}return r}function ds(n,e){return n.length===0?-1:e===null?n.length-1:Math.max(0,Cc(n,e))}function Rc(n,e){if(n.length===0)return null;if(e===null)return n[n.length-1];let t=Cc(n,e);return t<0?null:n[t]}function _w(n,e){let t=[];for(let i=1;t.length<n-1&&i<n;i++)e+i<n&&t.push(e+i),e-i>=0&&t.push(e-i);return t}function t0(n,e,t,i,r){let s=[],a=e>=0&&e<n.length?i(n[e]):0;for(let o of _w(n.length,Math.max(0,Math.min(e,n.length-1)))){if(a+=i(n[o]),a>t)break;r(n[o])||s.push(n[o])}return s}function n0(n,e,t=5){let i=Array.from({length:n},(s,a)=>a).filter(s=>s!==e);if(i.length<=t)return i;let r=new Set;for(let s=0;s<t;s++)r.add(i[Math.round(s*(i.length-1)/(t-1))]);return[...r].sort((s,a)=>s-a)}function i0(n,e,t=4){let i=n.filter(r=>r!==e);return[...e!==null&&n.includes(e)?[e]:[],...i].slice(0,t)}function Pc(n){let e=1/0,t=-1/0;for(let i of n)!i||!Number.isFinite(i[0])||!Number.isFinite(i[1])||(e=Math.min(e,i[0]),t=Math.max(t,i[1]));return e<=t?[e,t]:null}function r0(n,e){return Pc(n.map(t=>{let i=t.metrics.indexOf(e);return i>=0&&t.ranges?t.ranges[i]:null}))}function tf(n,e){if(!e||e[0]===null&&e[1]===null)return n;let[t,i]=e;if(!n)return t!==null&&i!==null?[t,i]:null;let r=t===null?n[0]:Math.max(n[0],t),s=i===null?n[1]:Math.min(n[1],i);return r<s?[r,s]:t!==null&&i!==null?[t,i]:n}function s0(n,e){let t=s=>{let a=s.trim();if(a==="")return null;let o=Number(a);return Number.isFinite(o)?o:void 0},i=t(n),r=t(e);return i===void 0?{clip:null,error:`"${n.trim()}" is not a number`}:r===void 0?{clip:null,error:`"${e.trim()}" is not a number`}:i===null&&r===null?{clip:null,error:null}:i!==null&&r!==null&&!(i<r)?{clip:null,error:"the low end must be below the high end"}:{clip:[i,r],error:null}}function a0(n,e,t={}){if(t.ctrl||t.alt||t.meta)return null;let i=e.tag.toUpperCase();if(e.editable||i==="TEXTAREA"||i==="SELECT"||i==="INPUT")return null;if(n===" "||n==="Spacebar")return i==="BUTTON"||i==="A"?null:{kind:"play"};switch(n){case"ArrowLeft":return{kind:"step",delta:-1};case"ArrowRight":return{kind:"step",delta:1};case"Home":return{kind:"first"};case"End":return{kind:"latest"};case"1":return{kind:"view",view:"1d"};case"2":return{kind:"view",view:"2d"};case"3":return{kind:"view",view:"3d"};case"c":case"C":return{kind:"view",view:"compare"};case"?":return{kind:"help"};default:return null}}function vw(){try{return window.parent!==window&&window.parent.document.body.classList.contains("dark-mode")}catch{return!1}}function Mw(){return typeof window.matchMedia=="function"&&window.matchMedia("(prefers-color-scheme: dark)").matches}function Sw(){return vw()||Mw()}function o0(n){let e=()=>n.classList.toggle("tbl-dark",Sw());e();let t=[];if(typeof window.matchMedia=="function"){let i=window.matchMedia("(prefers-color-scheme: dark)");i.addEventListener("change",e),t.push(()=>i.removeEventListener("change",e))}try{if(window.parent!==window){let i=window.parent.document.body,r=new MutationObserver(e);r.observe(i,{attributes:!0,attributeFilter:["class"]}),t.push(()=>r.disconnect())}}catch{}return()=>t.forEach(i=>i())}var ww=["2d","3d","1d","compare"];function nf(n){try{return decodeURIComponent(n)}catch{return null}}function l0(n){let e=n.startsWith("#")?n.slice(1):n,t={tab:null,entries:new Map};if(!e)return t;for(let i of e.split("&")){let r=i.split("=");if(r.length===1)i!==""&&(t.tab=nf(i)??i);else if(r.length===2){let s=nf(r[0]),a=nf(r[1]);s!==null&&a!==null&&t.entries.set(s,a)}}return t}function Aw(n){let e=[];n.tab!==null&&e.push(n.tab);for(let[t,i]of n.entries)e.push(`${encodeURIComponent(t)}=${encodeURIComponent(i)}`);return e.length?`#${e.join("&")}`:""}var c0=n=>`p.${n}.`;function h0(n){if(n===void 0||n.trim()==="")return;let e=Number(n);return Number.isFinite(e)?e:void 0}function Ic(n){if(n==="1"||n==="true")return!0;if(n==="0"||n==="false")return!1}function u0(n){if(n!==void 0)try{return JSON.parse(n)}catch{return}}function Ew(n){if(n===void 0)return;let e=n.split(",");if(e.length!==2)return;let t=s=>s.trim()===""?null:h0(s)??NaN,i=t(e[0]),r=t(e[1]);if(!(Number.isNaN(i)||Number.isNaN(r)||i===null&&r===null)&&!(i!==null&&r!==null&&!(i<r)))return[i,r]}function Tw(n){let e=u0(n);if(typeof e!="object"||e===null)return;let t=e;if(t.kind==="runs"&&typeof t.a=="string"&&typeof t.b=="string")return{kind:"runs",a:t.a,b:t.b};if(t.kind==="steps"&&Number.isInteger(t.a)&&Number.isInteger(t.b))return{kind:"steps",a:t.a,b:t.b}}function f0(n,e="landscape"){let t=l0(n),i=c0(e),r=A=>t.entries.get(i+A),s={},a=r("run");a!==void 0&&a!==""&&(s.run=a);let o=r("tag");o!==void 0&&o!==""&&(s.tag=o);let l=r("metric");l!==void 0&&l!==""&&(s.metric=l);let c=r("view");ww.includes(c??"")&&(s.view=c);let h=h0(r("step"));h!==void 0&&Number.isInteger(h)&&(s.step=h);let f=r("scale");(f==="log"||f==="linear")&&(s.scale=f);let u=Ew(r("clip"));u&&(s.clip=u);let d=Ic(r("fixed"));d!==void 0&&(s.fixed=d);let m=Ic(r("path"));m!==void 0&&(s.path=m);let x=r("style");(x==="heatmap"||x==="filled")&&(s.style=x);let g=Ic(r("floor"));g!==void 0&&(s.floor=g);let p=r("overlay");(p==="steps"||p==="runs")&&(s.overlay=p);let _=Ic(r("allm"));_!==void 0&&(s.allMetrics=_);let E=u0(r("compare"));Array.isArray(E)&&E.every(A=>typeof A=="string")&&(s.compare=E);let v=Tw(r("diff"));return v&&(s.diff=v),s}function Cw(n){let e=[],t=(r,s)=>s!==void 0&&e.push([r,s]),i=r=>r===void 0?void 0:r?"1":"0";return t("run",n.run),t("tag",n.tag),t("metric",n.metric),t("view",n.view),t("step",n.step===void 0?void 0:String(n.step)),t("scale",n.scale),t("clip",n.clip&&n.clip.map(r=>r===null?"":String(r)).join(",")),t("fixed",i(n.fixed)),t("path",i(n.path)),t("style",n.style),t("floor",i(n.floor)),t("overlay",n.overlay),t("allm",i(n.allMetrics)),t("compare",n.compare&&JSON.stringify(n.compare)),t("diff",n.diff&&JSON.stringify(n.diff)),e}function d0(n,e,t="landscape"){let i=l0(n),r=c0(t),s=new Map([...i.entries].filter(([a])=>!a.startsWith(r)));for(let[a,o]of Cw(e))s.set(r+a,o);return Aw({tab:i.tab,entries:s})}var Rw=["import tb_landscape as tbl","from torch.utils.tensorboard import SummaryWriter","",'logger = tbl.LandscapeLogger(SummaryWriter("runs/exp1"), model, loss_fn, (x_eval, y_eval), every_n_steps=200)',"for step, (x, y) in enumerate(loader):","    ...; optimizer.step()","    logger.step(step)  # cheap when no landscape is due","logger.close()"].join(`
`),Pw=125,Iw=150,p0="landscape",m0=[["← / →","previous / next step"],["Home / End","first / latest step"],["Space","play / pause"],["2  3  1  c","2D / 3D / 1D / Compare view"],["?","this help"]],Lw=[["2d","2D","Heatmap or filled contours (key 2)"],["3d","3D","Surface (key 3)"],["1d","1D","Curves; slices through the centre of a 2D landscape (key 1)"],["compare","Compare","Runs side by side, or a difference map (key c)"]];function Nw(n){return[n.method&&`method: ${n.method}`,n.normalization&&`normalization: ${n.normalization}`,n.seed!==null&&`seed: ${n.seed}`,n.bn_mode&&`BatchNorm: ${n.bn_mode}`,n.data_description&&`data: ${n.data_description}`].filter(Boolean).join(" · ")}function Dw(n){return n instanceof gs?`Server error ${n.message}`:n instanceof Error?`${n.name==="FrameError"?"Unreadable record":"Error"}: ${n.message}`:`Error: ${String(n)}`}function Fw(){let n={get:()=>window.location.hash,set:e=>{let t=new URL(window.location.href);t.hash=e,window.history.replaceState(window.history.state,"",t.toString())}};try{if(window.parent===window)return n;let e=window.parent;return e.location.hash,{get:()=>e.location.hash,set:t=>{let i=new URL(e.location.href);i.hash=t,e.history.replaceState(e.history.state,"",i.toString())}}}catch{return n}}var Lc=class{constructor(e){this.opts=e;this.root=re("div",{class:"tbl-root"});this.runPicker=hs("Run","run-select");this.tagPicker=hs("Tag","tag-select");this.metricPicker=hs("Metric","metric-select");this.viewButtons=new Map;this.viewGroup=re("div",{class:"tbl-segmented",role:"group","aria-label":"View","data-testid":"view-switch"});this.status=re("span",{class:"tbl-status","data-testid":"status",role:"status"});this.helpButton=Vn("?","help","Keyboard shortcuts");this.helpPanel=re("div",{class:"tbl-help","data-testid":"help-panel",hidden:!0});this.styleChoice=us("Style","style-select",[["heatmap","heatmap + isolines"],["filled","filled contours"]],"heatmap");this.scaleChoice=us("Scale","scale-select",[["linear","linear"],["log","log"]],"linear","Colour scale");this.clipLo=Qu("clip-lo","auto","Colour range: low end (empty: automatic)");this.clipHi=Qu("clip-hi","auto","Colour range: high end (empty: automatic)");this.clipReset=Vn("reset","clip-reset","Automatic colour range");this.clipGroup=re("span",{class:"tbl-clip",role:"group","aria-label":"Clip range"});this.fixedBox=Ta("fixed across steps","fixed-range",!1,"One colour range for all steps (min / max over every step), instead of each step's own");this.pathBox=Ta("path","show-path",!0,"Show the optimizer's path");this.floorBox=Ta("floor contours","floor-contours",!0,"Contour lines on the floor under the surface");this.allMetricsBox=Ta("all metrics","all-metrics",!1,"One panel per metric, stacked, sharing the x axis");this.overlayChoice=us("Overlay","overlay-select",[["none","none"],["steps","other steps"],["runs","compared runs"]],"none","More curves on the 1D view");this.resetViewButton=Vn("reset view","reset-view","Back to the initial zoom / camera");this.exportPng=Vn("PNG","export-png","Save the picture as PNG");this.exportCsv=Vn("CSV","export-csv","Save the grid as CSV");this.exportJson=Vn("JSON","export-json","Save the grid as JSON");this.exportGroup=re("span",{class:"tbl-export",role:"group","aria-label":"Export"});this.playButton=Vn("▶","play","Play / pause (Space)");this.slider=re("input",{type:"range","data-testid":"step-slider",min:0,max:0,step:1,value:0,"aria-label":"Step"});this.stepLabel=re("span",{class:"tbl-step-label","data-testid":"step-label"});this.liveButton=Vn("","live-indicator","New steps were logged: jump to the latest (End)");this.evolution=re("div",{class:"tbl-evolution"});this.compareRunsBox=re("fieldset",{class:"tbl-compare-runs","data-testid":"compare-runs"});this.compareMode=us("Show","compare-mode",[["tiles","side by side"],["diff","difference"]],"tiles");this.diffKind=us("Difference of","diff-kind",[["runs","two runs, same step"],["steps","two steps, same run"]],"runs");this.diffA=hs("A","diff-a");this.diffB=hs("B","diff-b");this.comparePanel=re("div",{class:"tbl-compare-panel"});this.tiles=new wc;this.diffView=new Ac;this.options=re("div",{class:"tbl-toolbar tbl-options"});this.empty=re("div",{class:"tbl-empty","data-testid":"empty",hidden:!0},[re("h2",{},["No loss landscapes yet"]),re("p",{},["Add three lines to your training loop; this tab picks the landscapes up by itself (or log one with tbl.add_landscape):"]),re("pre",{},[re("code",{},[Rw])])]);this.main=re("div",{class:"tbl-main",hidden:!0});this.title=re("div",{class:"tbl-title","data-testid":"title"});this.meta=re("div",{class:"tbl-meta"});this.note=re("div",{class:"tbl-note","data-testid":"note"});this.message=re("div",{class:"tbl-message","data-testid":"message"});this.viewSlot=re("div",{class:"tbl-view"});this.run=null;this.tag=null;this.metric=null;this.view=null;this.pinned=null;this.latestAtPin=null;this.scale="linear";this.clip=null;this.fixed=!1;this.path=!0;this.style="heatmap";this.floor=!0;this.overlay="none";this.allMetrics=!1;this.compareRuns=null;this.mode="tiles";this.diff=null;this.runsWithTag=[];this.infos=[];this.otherSteps=new Map;this.renderer=null;this.rendererKind=null;this.exportable=null;this.drawnStep=null;this.requestedKey=null;this.seq=0;this.drawnSeq=0;this.selection=0;this.prefetching=!1;this.playing=null;this.generation=0;this.inflight=null;this.timer=null;this.urlTimer=null;this.hash=Fw();this.stopTheme=null;this.lastError=null;this.stopped=!1;this.cleanups=[];this.panel=null;this.loader=new Tc(t=>e.api.landscape(t.run,t.tag,t.step)),this.build(),this.setStatus("loading","Loading…"),this.wire()}build(){for(let[t,i,r]of Lw){let s=Vn(i,`view-${t}`,r);s.setAttribute("aria-pressed","false"),s.addEventListener("click",()=>this.setView(t)),this.viewButtons.set(t,s),this.viewGroup.append(s)}this.helpPanel.append(re("div",{class:"tbl-help-title"},["Keyboard (focus outside the inputs)"]),re("dl",{},m0.flatMap(([t,i])=>[re("dt",{},[t]),re("dd",{},[i])]))),this.helpButton.setAttribute("aria-expanded","false"),this.helpButton.title=`Keyboard shortcuts: ${m0.map(([t,i])=>`${t}: ${i}`).join("; ")}`;let e=re("div",{class:"tbl-toolbar"},[this.runPicker.label,this.tagPicker.label,this.metricPicker.label,this.viewGroup,this.status,re("span",{class:"tbl-spacer"}),this.helpButton]);this.clipGroup.append("Clip",this.clipLo,"–",this.clipHi,this.clipReset),this.exportGroup.append("Export",this.exportPng,this.exportCsv,this.exportJson),this.options.append(this.styleChoice.label,this.scaleChoice.label,this.clipGroup,this.fixedBox.label,this.pathBox.label,this.floorBox.label,this.overlayChoice.label,this.allMetricsBox.label,this.resetViewButton,this.exportGroup),this.liveButton.hidden=!0,this.liveButton.classList.add("tbl-live"),this.playButton.setAttribute("aria-pressed","false"),this.playButton.classList.add("tbl-play"),this.evolution.append(this.playButton,this.slider,this.stepLabel,this.liveButton),this.compareRunsBox.append(re("legend",{},["Runs"])),this.comparePanel.append(this.compareRunsBox,this.compareMode.label,this.diffKind.label,this.diffA.label,this.diffB.label),this.main.append(this.title,this.meta,this.note,this.message,this.viewSlot),this.root.append(e,this.helpPanel,this.options,this.evolution,this.comparePanel,this.empty,this.main),this.metricPicker.label.hidden=!0,this.showControls()}wire(){let e=(a,o,l)=>a.addEventListener(o,l);e(this.runPicker.select,"change",()=>{this.run=this.runPicker.select.value,this.selectionChanged()}),e(this.tagPicker.select,"change",()=>{this.tag=this.tagPicker.select.value,this.selectionChanged()}),e(this.metricPicker.select,"change",()=>{this.metric=this.metricPicker.select.value,this.changed()}),e(this.styleChoice.select,"change",()=>{this.style=this.styleChoice.select.value==="filled"?"filled":"heatmap",this.changed()}),e(this.scaleChoice.select,"change",()=>{this.scale=this.scaleChoice.select.value==="log"?"log":"linear",this.changed()});let t=()=>{let{clip:a,error:o}=s0(this.clipLo.value,this.clipHi.value),l=o!==null||this.clipLo.validity.badInput||this.clipHi.validity.badInput;for(let c of[this.clipLo,this.clipHi])c.setAttribute("aria-invalid",String(l));this.clipGroup.title=l?`Clip range ignored: ${o??"not a number"}`:"",!l&&(this.clip=a,this.changed())};e(this.clipLo,"change",t),e(this.clipHi,"change",t),e(this.clipReset,"click",()=>{this.clipLo.value=this.clipHi.value="",t()}),e(this.fixedBox.input,"change",()=>{this.fixed=this.fixedBox.input.checked,this.changed()}),e(this.pathBox.input,"change",()=>{this.path=this.pathBox.input.checked,this.changed()}),e(this.floorBox.input,"change",()=>{this.floor=this.floorBox.input.checked,this.changed()}),e(this.allMetricsBox.input,"change",()=>{this.allMetrics=this.allMetricsBox.input.checked,this.changed()}),e(this.overlayChoice.select,"change",()=>{let a=this.overlayChoice.select.value;this.overlay=a==="steps"||a==="runs"?a:"none",this.saveUrl(),this.overlay==="runs"?this.refresh():this.update()}),e(this.resetViewButton,"click",()=>{this.renderer?.resetView(),this.tiles.resetView(),this.diffView.resetView()}),e(this.exportPng,"click",()=>{this.export("png")}),e(this.exportCsv,"click",()=>{this.export("csv")}),e(this.exportJson,"click",()=>{this.export("json")}),e(this.playButton,"click",()=>this.togglePlay());let i=0;e(this.slider,"input",()=>{i||(i=requestAnimationFrame(()=>{i=0,this.setIndex(Number(this.slider.value))}))}),e(this.liveButton,"click",()=>this.goLatest()),e(this.helpButton,"click",()=>this.toggleHelp()),e(this.compareMode.select,"change",()=>{this.mode=this.compareMode.select.value==="diff"?"diff":"tiles",this.diff=this.mode==="diff"?this.defaultDiff(this.diffKind.select.value==="steps"?"steps":"runs"):null,this.saveUrl(),this.refresh()}),e(this.diffKind.select,"change",()=>{this.diff=this.defaultDiff(this.diffKind.select.value==="steps"?"steps":"runs"),this.saveUrl(),this.refresh()});let r=()=>{if(!this.diff)return;let a=this.diffA.select.value,o=this.diffB.select.value;this.diff=this.diff.kind==="runs"?{kind:"runs",a,b:o}:{kind:"steps",a:Number(a),b:Number(o)},this.saveUrl(),this.refresh()};e(this.diffA.select,"change",r),e(this.diffB.select,"change",r),e(this.compareRunsBox,"change",()=>{let a=Array.from(this.compareRunsBox.querySelectorAll("input[type=checkbox]"));this.compareRuns=a.filter(o=>o.checked).map(o=>o.value),this.saveUrl(),this.refresh()});let s=a=>this.onKey(a);document.addEventListener("keydown",s),this.cleanups.push(()=>document.removeEventListener("keydown",s))}start(){this.applyUrl(f0(this.hash.get(),p0)),this.stopTheme=o0(document.documentElement),window.__TBL_DRAWS=window.__TBL_DRAWS??0,window.__TBL_APP={setStep:e=>{let t=this.infos.findIndex(r=>r.step===e),i=t>=0?t:Cc(this.stepNumbers(),e);i>=0&&this.setIndex(i)},steps:()=>this.stepNumbers()},this.refresh().then(()=>this.schedule())}stop(){this.stopped=!0,this.timer!==null&&clearTimeout(this.timer),this.urlTimer!==null&&clearTimeout(this.urlTimer),this.timer=this.urlTimer=null,this.stopPlay(),this.generation++,this.loader.cancelPending(),this.stopTheme?.(),this.cleanups.forEach(e=>e()),this.renderer?.dispose(),this.tiles.dispose(),this.diffView.dispose()}schedule(){this.opts.pollMs<=0||this.stopped||(this.timer=setTimeout(async()=>{!this.inflight&&!document.hidden&&await this.refresh(),this.schedule()},this.opts.pollMs))}selectionChanged(){this.clearView(),this.pinned=this.latestAtPin=null,this.setStatus("loading","Loading…"),this.saveUrl(),this.refresh()}changed(){this.saveUrl(),this.update()}refresh(){let e=++this.generation,t=this.load(e).finally(()=>{this.inflight===t&&(this.inflight=null)});return this.inflight=t,t}async load(e){let{api:t}=this.opts,i=()=>e===this.generation&&!this.stopped;try{let r=await t.tags();if(!i())return;let s=ju(Object.keys(r).filter(f=>Object.keys(r[f]).length>0));if(s.length===0){this.showEmpty();return}this.empty.hidden=!0,this.runPicker.label.hidden=this.tagPicker.label.hidden=!1;let a=Ec(this.runPicker.select,s,this.run),o=Ec(this.tagPicker.select,ju(Object.keys(r[a])),this.tag);if((a!==this.run||o!==this.tag)&&(this.drawnStep!==null?(this.clearView(),this.pinned=this.latestAtPin=null):this.selection++,this.run=a,this.tag=o,this.saveUrl()),a===null||o===null)return;this.runsWithTag=s.filter(f=>r[f][o]!==void 0);let l=this.extraRuns().filter(f=>f!==a),[c,...h]=await Promise.all([t.steps(a,o),...l.map(f=>t.steps(f,o).catch(()=>null))]);if(!i())return;if(this.otherSteps.clear(),l.forEach((f,u)=>{let d=h[u];d&&this.otherSteps.set(f,d.steps)}),this.showSkipped(c),this.infos=c.steps,this.infos.length===0){let f=c.skipped[0];this.setStatus("error",f?`No readable record for this run and tag (step ${f.step}: ${f.error})`:"No readable record for this run and tag.");return}this.lastError=null,this.pinned!==null&&this.latestAtPin===null&&(this.latestAtPin=this.infos[this.infos.length-1].step),this.update()}catch(r){if(!i())return;this.fail(r)}}fail(e){let t=Dw(e);t!==this.lastError&&console.warn("tb-landscape:",e),this.lastError=t,this.setStatus("error",t)}stepNumbers(){return this.infos.map(e=>e.step)}stepsOf(e){return e===this.run?this.infos:this.otherSteps.get(e)??[]}dims(){return this.infos.length?this.infos[this.infos.length-1].dims:null}effectiveView(){let e=this.dims(),t=this.view??(e===1?"1d":"2d");return e===1&&(t==="2d"||t==="3d")?"1d":t}comparedRuns(){return(this.compareRuns??i0(this.runsWithTag,this.run)).filter(t=>this.runsWithTag.includes(t))}extraRuns(){let e=this.effectiveView();return e==="compare"&&this.mode==="diff"&&this.diff?.kind==="runs"?[this.diff.a,this.diff.b]:e==="compare"||e==="1d"&&this.overlay==="runs"?this.comparedRuns():[]}defaultDiff(e){if(e==="runs"){let r=this.runsWithTag,s=this.run??r[0]??"";return{kind:e,a:s,b:r.find(a=>a!==s)??s}}let t=this.stepNumbers(),i=ds(t,this.pinned);return{kind:e,a:t[i]??0,b:t[0]??0}}ref(e,t){return{run:e,tag:this.tag,step:t.step,wallTime:t.wall_time}}domainFor(e,t){let i=this.metric??"";if(this.fixed){let s=Pc(t.map(a=>r0(this.stepsOf(a),i)));if(s)return tf(s,this.clip)}if(!this.clip&&e.length<=1)return null;let r=e.map(s=>{let a=s?s.header.metrics.indexOf(i):-1;return s&&a>=0?tr(Yt(s,a)):null});return tf(Pc(r),this.clip)}viewOptions(e,t){let i=e?Math.max(0,e.header.metrics.indexOf(this.metric??"")):0;return{...Df,metric:i,scale:this.scale,domain:t,style:this.style,path:this.path,floorContours:this.floor,overlays:[]}}scene(){let e=this.run,t=this.tag,i=this.stepNumbers();if(e===null||t===null||i.length===0)return null;let r=ds(i,this.pinned),s=this.infos[r],a=this.effectiveView(),o=JSON.stringify([a,this.metric,this.scale,this.clip,this.fixed,this.path,this.style,this.floor,this.allMetrics]);return a!=="compare"?this.mainScene(a,e,r,s,o):this.mode==="diff"&&this.diff?this.diffScene(e,s,o):this.tileScene(s,o)}mainScene(e,t,i,r,s){let a=[{ref:this.ref(t,r)}],o=[];if(e==="1d"&&this.overlay==="steps")for(let c of n0(this.infos.length,i))a.push({ref:this.ref(t,this.infos[c]),optional:!0}),o.push(`step ${this.infos[c].step}`);else if(e==="1d"&&this.overlay==="runs")for(let c of this.comparedRuns()){if(c===t)continue;let h=this.stepsOf(c),f=Rc(h.map(d=>d.step),this.pinned===null?null:r.step),u=h.find(d=>d.step===f);u&&(a.push({ref:this.ref(c,u),optional:!0}),o.push(`${c} · step ${u.step}`))}return{key:["main",s,this.overlay,...a.map(c=>si(c.ref))].join(""),step:r.step,needs:a,draw:c=>{let h=c[0],f=[];c.slice(1).forEach((E,v)=>E&&f.push({label:o[v],frame:E}));let u=h.header.dims===1?"1d":e,d=this.mainRenderer(u),m=this.overlay==="runs"&&u==="1d"?[t,...this.comparedRuns()]:[t],x=h.header.metrics.indexOf(this.metric??""),g=x>=0?this.domainFor(u==="1d"?c:[h],m):null,p=this.allMetrics&&u==="1d";this.drawTimed(()=>d.draw(h,{...this.viewOptions(h,g),overlays:f,allMetrics:p}));let{header:_}=h;this.title.textContent=`${_.run} · ${_.tag} · step ${_.step} · ${_.metrics[Math.max(0,x)]??""}`,this.meta.textContent=Nw(_),this.exportable={frame:h,renderer:d,name:[_.run,_.tag,_.step]}}}}tileScene(e,t){let i=this.comparedRuns(),r=this.pinned===null?null:e.step,s=i.map(l=>{let c=this.stepsOf(l),h=Rc(c.map(f=>f.step),r);return{run:l,info:c.find(f=>f.step===h)??null,known:c.length>0}}),a=s.filter(l=>l.info).map(l=>({ref:this.ref(l.run,l.info),optional:!0}));return{key:["tiles",t,...i,...a.map(l=>si(l.ref))].join(""),step:e.step,needs:a,draw:l=>{let c=0,h=s.map(u=>{if(!u.info)return{run:u.run,frame:null,caption:"",message:u.known?`no step ≤ ${e.step}`:"no readable record"};let d=l[c++];return{run:u.run,frame:d,caption:`step ${u.info.step}`,message:d?void 0:"could not be loaded"}}),f=this.domainFor(h.map(u=>u.frame),i);this.showPanel("tiles"),this.drawTimed(()=>this.tiles.show(h,this.metric??"",this.viewOptions(null,f))),this.title.textContent=`${this.tag} · ${i.length} run${i.length===1?"":"s"} · ${r===null?"latest steps":`step ≤ ${e.step}`} · ${this.metric??""}`,this.meta.textContent=i.length?this.dims()===2?"One colour scale for all tiles.":"One value range for all tiles.":"Choose runs to compare.",this.exportable=null}}}diffScene(e,t,i){let r=this.diff,s=this.metric??"",a,o;if(r.kind==="runs"){let f=u=>{let d=this.stepsOf(u),m=Rc(d.map(x=>x.step),this.pinned===null?null:t.step);return d.find(x=>x.step===m)};a={run:r.a,info:f(r.a),label:r.a},o={run:r.b,info:f(r.b),label:r.b}}else a={run:e,info:this.infos.find(f=>f.step===r.a),label:`step ${r.a}`},o={run:e,info:this.infos.find(f=>f.step===r.b),label:`step ${r.b}`};let l=[a,o].filter(f=>f.info).map(f=>({ref:this.ref(f.run,f.info)})),c=["diff",i,JSON.stringify(r),...l.map(f=>si(f.ref))].join(""),h=r.kind==="runs"?`${a.label}${a.info?` (step ${a.info.step})`:""} − ${o.label}${o.info?` (step ${o.info.step})`:""}`:`${e}: ${a.label} − ${o.label}`;return{key:c,step:t.step,needs:l,draw:f=>{if(this.showPanel("diff"),this.title.textContent=`${this.tag} · difference · ${s}`,this.meta.textContent="A − B: red where A is higher, blue where it is lower.",this.exportable=null,!a.info||!o.info){let p=a.info?o:a;this.diffView.showMessage(h,`${p.label} has no step${r.kind==="runs"?` ≤ ${t.step}`:""} to compare.`);return}let u=Sf(f[0],f[1],s,{a:a.label,b:o.label});if(!u.ok){this.diffView.showMessage(h,u.error);return}let d=this.clip?Math.max(...this.clip.filter(p=>p!==null).map(Math.abs)):0,m=d>0?[-d,d]:Bc(u.frame.values),x={...this.viewOptions(u.frame,m),metric:0,scale:"linear",palette:"diverging",path:!1};this.drawTimed(()=>this.diffView.show(u.frame,h,x));let g=r.kind==="runs"?[r.a,"minus",r.b,this.tag,"step",t.step]:[e,this.tag,r.a,"minus",r.b];this.exportable={frame:u.frame,renderer:this.diffView.current,name:g}}}}mainRenderer(e){if(this.showPanel("main"),!this.renderer||this.rendererKind!==e){this.renderer?.dispose(),this.renderer=null;try{this.renderer=cs(e)}catch(t){this.message.textContent=`The ${e.toUpperCase()} view is not available here: ${t.message}`,this.renderer=cs(e==="3d"?"2d":"1d")}this.rendererKind=e,this.viewSlot.replaceChildren(this.renderer.element)}return this.renderer}showPanel(e){if(e===this.panel)return;this.panel=e,e!=="main"&&(this.message.textContent="");let t=e==="main"?this.renderer?.element:e==="tiles"?this.tiles.element:this.diffView.element;this.viewSlot.replaceChildren(...t?[t]:[])}drawTimed(e){let t=performance.now();e(),performance.mark("tbl-drawn"),window.__TBL_LAST_DRAW_MS=performance.now()-t,window.__TBL_DRAWS=(window.__TBL_DRAWS??0)+1}update(){this.syncControls();let e=this.scene();if(!e)return;if(e.key===this.requestedKey){this.drawnSeq===this.seq&&this.setStatus("ready",this.readyText());return}this.requestedKey=e.key;let t=++this.seq,i=this.selection,r=e.needs.map(s=>this.loader.cached(s.ref)??null);if(r.every(s=>s!==null))this.commit(t,i,e,r);else{this.setStatus("loading",`Loading step ${e.step}…`);let s=e.needs.map((a,o)=>r[o]?Promise.resolve(r[o]):this.loader.load(a.ref).catch(l=>a.optional&&!(l instanceof fs)?null:Promise.reject(l)));Promise.all(s).then(a=>this.commit(t,i,e,a),a=>{t!==this.seq||i!==this.selection||a instanceof fs||(this.requestedKey=null,this.stopPlay(),this.fail(a))})}this.prefetch()}commit(e,t,i,r){if(!(e<=this.drawnSeq||t!==this.selection||this.stopped)){this.drawnSeq=e;try{i.draw(r)}catch(s){this.fail(s);return}this.main.hidden=!1,this.drawnStep=i.step;for(let s of[this.exportPng,this.exportCsv,this.exportJson])s.disabled=this.exportable===null;e===this.seq?this.setStatus("ready",this.readyText()):this.setStatus("loading",this.status.textContent??"")}}prefetch(){if(!this.prefetching||this.run===null||this.tag===null)return;let e=this.run,t=ds(this.stepNumbers(),this.pinned),i=t0(this.infos,t,this.loader.cache.maxBytes*.75,r=>yf(r.shape),r=>this.loader.isHeld(this.ref(e,r)));this.loader.prefetch(i.map(r=>this.ref(e,r)))}setIndex(e){let t=this.stepNumbers();if(t.length===0)return;let i=Math.max(0,Math.min(t.length-1,e));this.prefetching=!0,i===t.length-1?this.pinned=this.latestAtPin=null:(this.pinned===null&&(this.latestAtPin=t[t.length-1]),this.pinned=t[i]),this.saveUrl(),this.update()}currentIndex(){return ds(this.stepNumbers(),this.pinned)}goLatest(){this.setIndex(this.infos.length-1)}togglePlay(){if(this.playing!==null){this.stopPlay();return}let e=this.infos.length;e<2||(this.currentIndex()>=e-1&&this.setIndex(0),this.prefetching=!0,this.playing=setInterval(()=>this.tick(),Pw),this.playButton.textContent="❚❚",this.playButton.setAttribute("aria-pressed","true"))}tick(){if(this.drawnSeq!==this.seq)return;let e=this.currentIndex();if(e>=this.infos.length-1){this.stopPlay();return}this.setIndex(e+1),this.currentIndex()>=this.infos.length-1&&this.stopPlay()}stopPlay(){this.playing!==null&&clearInterval(this.playing),this.playing=null,this.playButton.textContent="▶",this.playButton.setAttribute("aria-pressed","false")}setView(e){this.dims()===1&&(e==="2d"||e==="3d")||this.effectiveView()===e&&this.view!==null||(this.view=e,this.saveUrl(),e==="compare"||e==="1d"&&this.overlay==="runs"?this.refresh():this.update())}syncControls(){let e=this.effectiveView(),t=this.dims();for(let[f,u]of this.viewButtons)u.setAttribute("aria-pressed",String(f===e)),u.disabled=t===1&&(f==="2d"||f==="3d");let i=this.infos.length?this.infos[this.infos.length-1].metrics:[],r=Ec(this.metricPicker.select,i,this.metric);r!==this.metric&&r!==null&&(this.metric=r,this.saveUrl()),this.metricPicker.label.hidden=i.length<=1;let s=this.stepNumbers(),a=s.length,o=ds(s,this.pinned);this.slider.max=String(Math.max(0,a-1)),this.slider.value=String(Math.max(0,o)),this.slider.disabled=a<2,this.playButton.disabled=a<2;let l=o>=0?s[o]:null;this.slider.setAttribute("aria-valuetext",l===null?"no step":`step ${l}`),this.stepLabel.textContent=l===null?"":`step ${l} (${o+1}/${a})${this.pinned===null?" · latest":""}`;let c=a?s[a-1]:null,h=this.pinned!==null&&c!==null&&this.latestAtPin!==null&&c>this.latestAtPin;this.liveButton.hidden=!h,h&&(this.liveButton.textContent=`● new step ${c}`),this.syncCompareControls(),this.showControls()}syncCompareControls(){let e=this.runsWithTag,t=new Set(this.comparedRuns()),i=Array.from(this.compareRunsBox.querySelectorAll("input[type=checkbox]"));if(i.length!==e.length||i.some((s,a)=>s.value!==e[a])){let s=re("legend",{},["Runs"]);this.compareRunsBox.replaceChildren(s,...e.map(a=>{let o=re("input",{type:"checkbox",value:a});return re("label",{class:"tbl-check",title:a},[o,a])}))}for(let s of this.compareRunsBox.querySelectorAll("input[type=checkbox]"))s.checked=t.has(s.value);this.compareMode.select.value=this.mode;let r=this.mode==="diff"?this.diff??this.defaultDiff("runs"):null;if(r&&!this.diff&&(this.diff=r),this.diffKind.label.hidden=this.diffA.label.hidden=this.diffB.label.hidden=r===null,r){this.diffKind.select.value=r.kind;let s=r.kind==="runs"?e.map(a=>[a,a]):this.stepNumbers().map(a=>[String(a),`step ${a}`]);ef(this.diffA.select,s,String(r.a)),ef(this.diffB.select,s,String(r.b))}}showControls(){let e=this.effectiveView(),t=this.infos.length>0,i=e==="compare"&&this.mode==="diff",r=i&&this.diff?.kind==="steps";this.options.hidden=this.evolution.hidden=!t,this.styleChoice.label.hidden=!(e==="2d"||e==="compare"&&this.dims()===2),this.scaleChoice.label.hidden=i,this.fixedBox.label.hidden=i,this.pathBox.label.hidden=i,this.floorBox.label.hidden=e!=="3d",this.overlayChoice.label.hidden=e!=="1d";let s=this.infos.length?this.infos[this.infos.length-1].metrics:[];this.allMetricsBox.label.hidden=e!=="1d"||s.length<=1,this.exportGroup.hidden=e==="compare"&&!i,this.evolution.hidden=!t||r,this.comparePanel.hidden=!t||e!=="compare",this.compareRunsBox.hidden=i}toggleHelp(){this.helpPanel.hidden=!this.helpPanel.hidden,this.helpButton.setAttribute("aria-expanded",String(!this.helpPanel.hidden))}onKey(e){if(e.defaultPrevented||this.infos.length===0&&e.key!=="?")return;let t=e.target instanceof HTMLElement?e.target:document.body,i=t.tagName==="CANVAS"||t.tagName==="svg",r=a0(e.key,{tag:t.tagName,type:t.type,editable:t.isContentEditable},{ctrl:e.ctrlKey,alt:e.altKey,meta:e.metaKey});if(r&&!(i&&(r.kind==="step"||r.kind==="first"||r.kind==="latest")))switch(e.preventDefault(),r.kind){case"step":this.setIndex(this.currentIndex()+r.delta);break;case"first":this.setIndex(0);break;case"latest":this.goLatest();break;case"play":this.togglePlay();break;case"view":this.setView(r.view);break;case"help":this.toggleHelp();break}}async export(e){let t=this.exportable;if(!t)return;let i=Tf(t.name,e);try{let r;if(e==="png"){if(!t.renderer)throw new Error("nothing drawn");r=await t.renderer.toPng()}else e==="csv"?r=new Blob([Af(t.frame)],{type:"text/csv"}):r=new Blob([Ef(t.frame)],{type:"application/json"});e0(r,i),this.exportGroup.title=`Saved ${i}`}catch(r){this.exportGroup.title=`Export failed: ${r.message}`,this.message.textContent=`Export failed: ${r.message}`}}applyUrl(e){this.run=e.run??null,this.tag=e.tag??null,this.metric=e.metric??null,this.view=e.view??null,this.pinned=e.step??null,this.scale=e.scale??"linear",this.clip=e.clip??null,this.fixed=e.fixed??!1,this.path=e.path??!0,this.style=e.style??"heatmap",this.floor=e.floor??!0,this.overlay=e.overlay??"none",this.overlayChoice.select.value=this.overlay,this.allMetrics=e.allMetrics??!1,this.allMetricsBox.input.checked=this.allMetrics,this.compareRuns=e.compare??null,this.diff=e.diff??null,this.mode=this.diff?"diff":"tiles",this.styleChoice.select.value=this.style,this.scaleChoice.select.value=this.scale,this.clipLo.value=this.clip?.[0]===null||!this.clip?"":String(this.clip[0]),this.clipHi.value=this.clip?.[1]===null||!this.clip?"":String(this.clip[1]),this.fixedBox.input.checked=this.fixed,this.pathBox.input.checked=this.path,this.floorBox.input.checked=this.floor}urlState(){let e={};return this.run!==null&&(e.run=this.run),this.tag!==null&&(e.tag=this.tag),this.metric!==null&&(e.metric=this.metric),this.view!==null&&(e.view=this.view),this.pinned!==null&&(e.step=this.pinned),this.scale!=="linear"&&(e.scale=this.scale),this.clip&&(e.clip=this.clip),this.fixed&&(e.fixed=!0),this.path||(e.path=!1),this.style!=="heatmap"&&(e.style=this.style),this.floor||(e.floor=!1),this.overlay!=="none"&&(e.overlay=this.overlay),this.allMetrics&&(e.allMetrics=!0),this.compareRuns&&(e.compare=this.compareRuns),this.mode==="diff"&&this.diff&&(e.diff=this.diff),e}saveUrl(){this.urlTimer!==null&&clearTimeout(this.urlTimer),this.urlTimer=setTimeout(()=>{this.urlTimer=null;try{let e=this.hash.get(),t=d0(e,this.urlState(),p0);t!==e&&this.hash.set(t)}catch(e){console.warn("tb-landscape: cannot write the URL",e)}},Iw)}readyText(){let e=this.infos.length;return`Step ${this.drawnStep} · ${e} step${e===1?"":"s"} logged`}showSkipped(e){let t=e.skipped.length;if(t===0){this.note.textContent="";return}let i=e.skipped[0];this.note.textContent=`${t} record${t===1?"":"s"} could not be read and ${t===1?"is":"are"} not shown (step ${i.step}: ${i.error}${t>1?"; …":""}).`}clearView(){this.selection++,this.stopPlay(),this.loader.cancelPending(),this.prefetching=!1,this.exportable=null,this.drawnStep=null,this.requestedKey=null,this.infos=[],this.otherSteps.clear(),this.main.hidden=!0,this.note.textContent="",this.message.textContent="",this.showControls()}showEmpty(){this.clearView(),this.run=this.tag=null,this.runsWithTag=[],this.empty.hidden=!1,this.runPicker.label.hidden=this.tagPicker.label.hidden=this.metricPicker.label.hidden=!0,this.runPicker.select.replaceChildren(),this.tagPicker.select.replaceChildren(),this.comparePanel.hidden=!0,this.setStatus("empty","No landscape data.")}setStatus(e,t){e!=="error"&&(this.lastError=null),this.status.dataset.state=e,this.status.dataset.step=this.drawnStep===null?"":String(this.drawnStep),this.status.textContent=t}};var g0=`
html, body { margin: 0; padding: 0; background: var(--tbl-bg); }
body:focus { outline: none; }
:root {
  --tbl-bg: #ffffff;
  --tbl-fg: #212121;
  --tbl-muted: #616161;
  --tbl-border: #e0e0e0;
  --tbl-input-bg: #ffffff;
  --tbl-accent: #f57c00;
  --tbl-line: #1976d2;
  --tbl-error: #c62828;
  --tbl-code-bg: #f5f5f5;
}
:root.tbl-dark {
  --tbl-bg: #303030;
  --tbl-fg: #eeeeee;
  --tbl-muted: #bdbdbd;
  --tbl-border: #555555;
  --tbl-input-bg: #424242;
  --tbl-accent: #ffb74d;
  --tbl-line: #64b5f6;
  --tbl-error: #ef9a9a;
  --tbl-code-bg: #424242;
  color-scheme: dark;
}
.tbl-root {
  font-family: Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 13px;
  color: var(--tbl-fg);
  background: var(--tbl-bg);
  padding: 12px 16px;
}
.tbl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-toolbar label[hidden] { display: none; }
.tbl-toolbar select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-status { color: var(--tbl-muted); }
.tbl-status[data-state="error"] { color: var(--tbl-error); }
.tbl-title { font-size: 14px; font-weight: 500; margin: 4px 0 2px; overflow-wrap: anywhere; }
.tbl-meta, .tbl-note { color: var(--tbl-muted); font-size: 12px; margin-bottom: 6px; overflow-wrap: anywhere; }
.tbl-note:empty { display: none; }
.tbl-row { display: flex; align-items: flex-start; gap: 8px; }
.tbl-figure { position: relative; flex: none; }
.tbl-axes { position: absolute; left: 0; top: 0; overflow: visible; }
.tbl-plot { position: absolute; display: block; cursor: crosshair; }
.tbl-axis line, .tbl-frame { stroke: var(--tbl-muted); fill: none; shape-rendering: crispEdges; }
.tbl-axis text { fill: var(--tbl-fg); font-size: 11px; }
.tbl-axis .tbl-axis-title { fill: var(--tbl-muted); font-size: 12px; }
.tbl-colorbar { display: flex; flex-direction: column; gap: 2px; margin-top: -10px; }
.tbl-colorbar-title { color: var(--tbl-muted); font-size: 11px; height: 16px; white-space: nowrap; }
.tbl-colorbar-body { display: flex; align-items: flex-start; }
.tbl-colorbar-bar { display: block; outline: 1px solid var(--tbl-border); }
.tbl-colorbar-axis { overflow: visible; }
.tbl-readout { color: var(--tbl-muted); font-size: 12px; min-height: 16px; margin: 2px 0 0 64px; font-variant-numeric: tabular-nums; }
.tbl-legend { display: flex; flex-wrap: wrap; gap: 4px 16px; color: var(--tbl-muted); font-size: 12px; margin: 4px 0 0 64px; }
.tbl-legend-entry { display: inline-flex; align-items: center; gap: 6px; }
.tbl-swatch { display: inline-block; width: 14px; height: 14px; border: 1px solid var(--tbl-border); }
.tbl-hatched { background-image: repeating-linear-gradient(-45deg, rgba(255,255,255,0.9) 0 1.5px, transparent 1.5px 5.5px); }
.tbl-center-mark { font-weight: 700; font-size: 16px; line-height: 14px; }
.tbl-center-dash { display: inline-block; width: 14px; border-top: 1.5px dashed var(--tbl-accent); }
.tbl-curve-svg { display: block; overflow: visible; }
.tbl-curve-line { fill: none; stroke: var(--tbl-line); stroke-width: 1.5; stroke-linejoin: round; }
.tbl-curve-dot { fill: var(--tbl-line); }
.tbl-center-line { stroke: var(--tbl-accent); stroke-dasharray: 4 3; }
.tbl-zero-line { stroke: var(--tbl-fg); stroke-opacity: 0.6; stroke-width: 1; shape-rendering: crispEdges; }
.tbl-empty { max-width: 900px; line-height: 1.5; }
.tbl-empty h2 { font-size: 16px; font-weight: 500; margin: 8px 0; }
.tbl-empty pre {
  background: var(--tbl-code-bg); padding: 8px 12px; border-radius: 3px; overflow-x: auto;
  font-family: "Roboto Mono", Menlo, Consolas, monospace; font-size: 12px;
}
.tbl-toolbar input[type="number"] {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; width: 72px;
}
.tbl-toolbar input[aria-invalid="true"] { border-color: var(--tbl-error); }
.tbl-options { margin-top: -4px; }
.tbl-options > label, .tbl-options > span { white-space: nowrap; }
.tbl-check { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); cursor: pointer; }
.tbl-check input { margin: 0; accent-color: var(--tbl-accent); }
.tbl-clip, .tbl-export { display: inline-flex; align-items: center; gap: 4px; color: var(--tbl-muted); }
.tbl-spacer { flex: 1 1 auto; }
.tbl-button {
  font: inherit; font-size: 12px; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 8px; cursor: pointer; line-height: 18px;
}
.tbl-button:hover:not(:disabled) { border-color: var(--tbl-muted); }
.tbl-button:disabled { opacity: 0.45; cursor: default; }
.tbl-button:focus-visible, .tbl-root select:focus-visible, .tbl-root input:focus-visible {
  outline: 2px solid var(--tbl-accent); outline-offset: 1px;
}
.tbl-segmented { display: inline-flex; }
.tbl-segmented .tbl-button { border-radius: 0; margin-left: -1px; min-width: 34px; }
.tbl-segmented .tbl-button:first-child { border-radius: 3px 0 0 3px; margin-left: 0; }
.tbl-segmented .tbl-button:last-child { border-radius: 0 3px 3px 0; }
.tbl-segmented .tbl-button[aria-pressed="true"] {
  background: var(--tbl-accent); border-color: var(--tbl-accent); color: #fff; position: relative; z-index: 1;
}
:root.tbl-dark .tbl-segmented .tbl-button[aria-pressed="true"] { color: #212121; }
.tbl-evolution { display: flex; align-items: center; gap: 10px; margin: 0 0 10px; max-width: 760px; }
.tbl-evolution[hidden] { display: none; }
.tbl-play { min-width: 34px; }
.tbl-evolution input[type="range"] { flex: 1 1 auto; min-width: 120px; accent-color: var(--tbl-accent); margin: 0; }
.tbl-step-label { color: var(--tbl-muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; min-width: 150px; }
.tbl-live { color: var(--tbl-accent); border-color: var(--tbl-accent); white-space: nowrap; }
.tbl-help {
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 6px 12px; margin-bottom: 10px;
  font-size: 12px; color: var(--tbl-muted); max-width: 420px;
}
.tbl-help-title { font-weight: 500; color: var(--tbl-fg); margin-bottom: 4px; }
.tbl-help dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.tbl-help dt { font-family: "Roboto Mono", Menlo, Consolas, monospace; color: var(--tbl-fg); }
.tbl-help dd { margin: 0; }
.tbl-compare-panel { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; margin-bottom: 10px; }
.tbl-compare-panel > label { display: inline-flex; align-items: center; gap: 6px; color: var(--tbl-muted); }
.tbl-compare-panel select {
  font: inherit; color: var(--tbl-fg); background: var(--tbl-input-bg);
  border: 1px solid var(--tbl-border); border-radius: 3px; padding: 2px 4px; max-width: 320px;
}
.tbl-compare-runs {
  display: flex; flex-wrap: wrap; gap: 4px 14px; border: 1px solid var(--tbl-border); border-radius: 3px;
  padding: 4px 10px 6px; margin: 0; max-width: 100%;
}
.tbl-compare-runs legend { color: var(--tbl-muted); font-size: 12px; padding: 0 4px; }
.tbl-compare-runs .tbl-check { color: var(--tbl-fg); max-width: 280px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tbl-compare { display: flex; flex-wrap: wrap; gap: 16px 20px; align-items: flex-start; }
.tbl-tile { min-width: 160px; }
.tbl-tile-name { font-weight: 500; overflow-wrap: anywhere; max-width: 360px; }
.tbl-tile-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 2px; }
.tbl-tile-message { color: var(--tbl-muted); font-size: 12px; padding: 24px 0; }
.tbl-diff-caption { color: var(--tbl-muted); font-size: 12px; margin-bottom: 4px; overflow-wrap: anywhere; }
.tbl-diff-message { color: var(--tbl-error); margin: 8px 0; }
.tbl-message { color: var(--tbl-error); font-size: 12px; margin-bottom: 6px; }
.tbl-message:empty { display: none; }
[hidden] { display: none !important; }
`;var Uw=5e3;function Ow(n,e){let t=[new URLSearchParams(n).get("poll"),e];for(let i of t){if(i==null||i==="")continue;let r=Number(i);if(Number.isFinite(r)&&r>=0)return r}return Uw}function Bw(n){if(!n||n.body)return!0;if(n.editable)return!1;let e=n.tag.toUpperCase();return e!=="INPUT"&&e!=="TEXTAREA"&&e!=="SELECT"}function kw(n=window){try{if(n.parent===n){let e=n.document.activeElement;if(e&&e!==n.document.body&&e!==n.document.documentElement)return!1}else{let e=n.parent.document,t=e.activeElement,i=n.frameElement,r=t===null||t===i?null:{tag:t.tagName,editable:t.isContentEditable,body:t===e.body||t===e.documentElement};if(!Bw(r))return!1;i?.focus({preventScroll:!0})}return n.focus(),n.document.body.focus({preventScroll:!0}),!0}catch{return!1}}var Nc=null;function mP(){if(Nc)return;let n=document.createElement("style");n.textContent=g0+Qg(),document.head.append(n),Nc=new Lc({api:new Na,pollMs:Ow(window.location.search,window.__TBL_POLL_MS)}),document.body.tabIndex=-1,document.body.append(Nc.root),Nc.start(),kw()}export{kw as claimFocus,Bw as mayTakeFocus,Ow as pollInterval,mP as render};
