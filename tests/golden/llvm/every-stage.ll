; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_floats = constant i64 512
@eic_model_fingerprint = constant i64 -5106876378399797545
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %15, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  %6 = getelementptr float, ptr %params, i64 196624
  %7 = getelementptr float, ptr %gains, i64 256
  br label %loop13

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %23, %done11 ]
  %8 = icmp slt i64 %i8, 256
  br i1 %8, label %body6, label %done7

body6:                                            ; preds = %loop5
  %9 = mul i64 %i4, 256
  %10 = add i64 %9, %i8
  %11 = mul i64 %10, 256
  %12 = getelementptr float, ptr %0, i64 %11
  %13 = mul i64 %i4, 256
  %14 = getelementptr float, ptr %1, i64 %13
  br label %loop9

done7:                                            ; preds = %loop5
  %15 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %22, %body10 ]
  %16 = icmp slt i64 %i12, 256
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = getelementptr float, ptr %14, i64 %i12
  %18 = getelementptr float, ptr %12, i64 %i12
  %19 = load <8 x float>, ptr %18, align 4
  %20 = load <8 x float>, ptr %17, align 4
  %21 = fadd <8 x float> %20, %19
  store <8 x float> %21, ptr %17, align 4
  %22 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %23 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %done3
  %i16 = phi i64 [ 0, %done3 ], [ %26, %body14 ]
  %24 = icmp slt i64 %i16, 256
  br i1 %24, label %body14, label %done15

body14:                                           ; preds = %loop13
  %25 = getelementptr float, ptr %7, i64 %i16
  store <8 x float> zeroinitializer, ptr %25, align 4
  %26 = add i64 %i16, 8
  br label %loop13

done15:                                           ; preds = %loop13
  br label %loop17

loop17:                                           ; preds = %done23, %done15
  %i20 = phi i64 [ 0, %done15 ], [ %35, %done23 ]
  %27 = icmp slt i64 %i20, 1
  br i1 %27, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  ret void

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %done27 ]
  %28 = icmp slt i64 %i24, 256
  br i1 %28, label %body22, label %done23

body22:                                           ; preds = %loop21
  %29 = mul i64 %i20, 256
  %30 = add i64 %29, %i24
  %31 = mul i64 %30, 256
  %32 = getelementptr float, ptr %6, i64 %31
  %33 = mul i64 %i20, 256
  %34 = getelementptr float, ptr %7, i64 %33
  br label %loop25

done23:                                           ; preds = %loop21
  %35 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %42, %body26 ]
  %36 = icmp slt i64 %i28, 256
  br i1 %36, label %body26, label %done27

body26:                                           ; preds = %loop25
  %37 = getelementptr float, ptr %34, i64 %i28
  %38 = getelementptr float, ptr %32, i64 %i28
  %39 = load <8 x float>, ptr %38, align 4
  %40 = load <8 x float>, ptr %37, align 4
  %41 = fadd <8 x float> %40, %39
  store <8 x float> %41, ptr %37, align 4
  %42 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %43 = add i64 %i24, 1
  br label %loop21
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  %13 = alloca <8 x float>, align 32
  %14 = alloca <8 x float>, align 32
  %15 = alloca <8 x float>, align 32
  %16 = alloca <8 x float>, align 32
  %17 = alloca <8 x float>, align 32
  %18 = alloca <8 x float>, align 32
  %19 = alloca <8 x float>, align 32
  %20 = alloca <8 x float>, align 32
  %21 = alloca <8 x float>, align 32
  %22 = alloca <8 x float>, align 32
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %32, %done3 ]
  %23 = icmp slt i64 %i, 1
  br i1 %23, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop29

loop1:                                            ; preds = %done19, %body
  %i4 = phi i64 [ 0, %body ], [ %195, %done19 ]
  %24 = icmp slt i64 %i4, 1
  br i1 %24, label %body2, label %done3

body2:                                            ; preds = %loop1
  %25 = mul i64 %i, 1
  %26 = add i64 %25, %i4
  %27 = sub i64 %b1, %b0
  %28 = sdiv i64 %27, 4
  %29 = mul i64 %28, 4
  %30 = add i64 %b0, %29
  %31 = getelementptr float, ptr %params, i64 0
  br label %loop5

done3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ %b0, %body2 ], [ %80, %done11 ]
  %33 = icmp slt i64 %i8, %30
  br i1 %33, label %body6, label %done7

body6:                                            ; preds = %loop5
  br label %loop9

done7:                                            ; preds = %loop5
  %34 = getelementptr float, ptr %params, i64 0
  br label %loop17

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %193, %done15 ]
  %35 = icmp slt i64 %i12, 256
  br i1 %35, label %body10, label %done11

body10:                                           ; preds = %loop9
  %36 = mul i64 %26, 256
  %37 = add i64 %36, %i12
  %38 = mul i64 %37, 256
  %39 = getelementptr float, ptr %31, i64 %38
  %40 = add i64 %i8, 0
  %41 = mul i64 %i4, 256
  %42 = mul i64 %40, 1808
  %43 = add i64 %42, 0
  %44 = getelementptr float, ptr %acts, i64 %43
  %45 = getelementptr float, ptr %44, i64 %41
  %46 = mul i64 %40, 1808
  %47 = add i64 %46, 256
  %48 = getelementptr float, ptr %acts, i64 %47
  %49 = getelementptr float, ptr %48, i64 %37
  %50 = add i64 %i8, 1
  %51 = mul i64 %i4, 256
  %52 = mul i64 %50, 1808
  %53 = add i64 %52, 0
  %54 = getelementptr float, ptr %acts, i64 %53
  %55 = getelementptr float, ptr %54, i64 %51
  %56 = mul i64 %50, 1808
  %57 = add i64 %56, 256
  %58 = getelementptr float, ptr %acts, i64 %57
  %59 = getelementptr float, ptr %58, i64 %37
  %60 = add i64 %i8, 2
  %61 = mul i64 %i4, 256
  %62 = mul i64 %60, 1808
  %63 = add i64 %62, 0
  %64 = getelementptr float, ptr %acts, i64 %63
  %65 = getelementptr float, ptr %64, i64 %61
  %66 = mul i64 %60, 1808
  %67 = add i64 %66, 256
  %68 = getelementptr float, ptr %acts, i64 %67
  %69 = getelementptr float, ptr %68, i64 %37
  %70 = add i64 %i8, 3
  %71 = mul i64 %i4, 256
  %72 = mul i64 %70, 1808
  %73 = add i64 %72, 0
  %74 = getelementptr float, ptr %acts, i64 %73
  %75 = getelementptr float, ptr %74, i64 %71
  %76 = mul i64 %70, 1808
  %77 = add i64 %76, 256
  %78 = getelementptr float, ptr %acts, i64 %77
  %79 = getelementptr float, ptr %78, i64 %37
  store <8 x float> zeroinitializer, ptr %22, align 32
  store <8 x float> zeroinitializer, ptr %21, align 32
  store <8 x float> zeroinitializer, ptr %20, align 32
  store <8 x float> zeroinitializer, ptr %19, align 32
  store <8 x float> zeroinitializer, ptr %18, align 32
  store <8 x float> zeroinitializer, ptr %17, align 32
  store <8 x float> zeroinitializer, ptr %16, align 32
  store <8 x float> zeroinitializer, ptr %15, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %80 = add i64 %i8, 4
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %120, %body14 ]
  %81 = icmp slt i64 %i16, 256
  br i1 %81, label %body14, label %done15

body14:                                           ; preds = %loop13
  %82 = add i64 %i16, 0
  %83 = getelementptr float, ptr %39, i64 %82
  %84 = load <8 x float>, ptr %83, align 4
  %85 = load <8 x float>, ptr %22, align 32
  %86 = getelementptr float, ptr %45, i64 %82
  %87 = load <8 x float>, ptr %86, align 4
  %88 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %84, <8 x float> %87, <8 x float> %85)
  store <8 x float> %88, ptr %22, align 32
  %89 = load <8 x float>, ptr %20, align 32
  %90 = getelementptr float, ptr %55, i64 %82
  %91 = load <8 x float>, ptr %90, align 4
  %92 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %84, <8 x float> %91, <8 x float> %89)
  store <8 x float> %92, ptr %20, align 32
  %93 = load <8 x float>, ptr %18, align 32
  %94 = getelementptr float, ptr %65, i64 %82
  %95 = load <8 x float>, ptr %94, align 4
  %96 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %84, <8 x float> %95, <8 x float> %93)
  store <8 x float> %96, ptr %18, align 32
  %97 = load <8 x float>, ptr %16, align 32
  %98 = getelementptr float, ptr %75, i64 %82
  %99 = load <8 x float>, ptr %98, align 4
  %100 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %84, <8 x float> %99, <8 x float> %97)
  store <8 x float> %100, ptr %16, align 32
  %101 = add i64 %i16, 8
  %102 = getelementptr float, ptr %39, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = load <8 x float>, ptr %21, align 32
  %105 = getelementptr float, ptr %45, i64 %101
  %106 = load <8 x float>, ptr %105, align 4
  %107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %103, <8 x float> %106, <8 x float> %104)
  store <8 x float> %107, ptr %21, align 32
  %108 = load <8 x float>, ptr %19, align 32
  %109 = getelementptr float, ptr %55, i64 %101
  %110 = load <8 x float>, ptr %109, align 4
  %111 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %103, <8 x float> %110, <8 x float> %108)
  store <8 x float> %111, ptr %19, align 32
  %112 = load <8 x float>, ptr %17, align 32
  %113 = getelementptr float, ptr %65, i64 %101
  %114 = load <8 x float>, ptr %113, align 4
  %115 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %103, <8 x float> %114, <8 x float> %112)
  store <8 x float> %115, ptr %17, align 32
  %116 = load <8 x float>, ptr %15, align 32
  %117 = getelementptr float, ptr %75, i64 %101
  %118 = load <8 x float>, ptr %117, align 4
  %119 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %103, <8 x float> %118, <8 x float> %116)
  store <8 x float> %119, ptr %15, align 32
  %120 = add i64 %i16, 16
  br label %loop13

done15:                                           ; preds = %loop13
  %121 = load <8 x float>, ptr %22, align 32
  %122 = load <8 x float>, ptr %21, align 32
  %123 = fadd <8 x float> %121, %122
  %124 = extractelement <8 x float> %123, i32 0
  %125 = extractelement <8 x float> %123, i32 1
  %126 = extractelement <8 x float> %123, i32 2
  %127 = extractelement <8 x float> %123, i32 3
  %128 = extractelement <8 x float> %123, i32 4
  %129 = extractelement <8 x float> %123, i32 5
  %130 = extractelement <8 x float> %123, i32 6
  %131 = extractelement <8 x float> %123, i32 7
  %132 = fadd float %124, %125
  %133 = fadd float %126, %127
  %134 = fadd float %128, %129
  %135 = fadd float %130, %131
  %136 = fadd float %132, %133
  %137 = fadd float %134, %135
  %138 = fadd float %136, %137
  store float %138, ptr %49, align 4
  %139 = load <8 x float>, ptr %20, align 32
  %140 = load <8 x float>, ptr %19, align 32
  %141 = fadd <8 x float> %139, %140
  %142 = extractelement <8 x float> %141, i32 0
  %143 = extractelement <8 x float> %141, i32 1
  %144 = extractelement <8 x float> %141, i32 2
  %145 = extractelement <8 x float> %141, i32 3
  %146 = extractelement <8 x float> %141, i32 4
  %147 = extractelement <8 x float> %141, i32 5
  %148 = extractelement <8 x float> %141, i32 6
  %149 = extractelement <8 x float> %141, i32 7
  %150 = fadd float %142, %143
  %151 = fadd float %144, %145
  %152 = fadd float %146, %147
  %153 = fadd float %148, %149
  %154 = fadd float %150, %151
  %155 = fadd float %152, %153
  %156 = fadd float %154, %155
  store float %156, ptr %59, align 4
  %157 = load <8 x float>, ptr %18, align 32
  %158 = load <8 x float>, ptr %17, align 32
  %159 = fadd <8 x float> %157, %158
  %160 = extractelement <8 x float> %159, i32 0
  %161 = extractelement <8 x float> %159, i32 1
  %162 = extractelement <8 x float> %159, i32 2
  %163 = extractelement <8 x float> %159, i32 3
  %164 = extractelement <8 x float> %159, i32 4
  %165 = extractelement <8 x float> %159, i32 5
  %166 = extractelement <8 x float> %159, i32 6
  %167 = extractelement <8 x float> %159, i32 7
  %168 = fadd float %160, %161
  %169 = fadd float %162, %163
  %170 = fadd float %164, %165
  %171 = fadd float %166, %167
  %172 = fadd float %168, %169
  %173 = fadd float %170, %171
  %174 = fadd float %172, %173
  store float %174, ptr %69, align 4
  %175 = load <8 x float>, ptr %16, align 32
  %176 = load <8 x float>, ptr %15, align 32
  %177 = fadd <8 x float> %175, %176
  %178 = extractelement <8 x float> %177, i32 0
  %179 = extractelement <8 x float> %177, i32 1
  %180 = extractelement <8 x float> %177, i32 2
  %181 = extractelement <8 x float> %177, i32 3
  %182 = extractelement <8 x float> %177, i32 4
  %183 = extractelement <8 x float> %177, i32 5
  %184 = extractelement <8 x float> %177, i32 6
  %185 = extractelement <8 x float> %177, i32 7
  %186 = fadd float %178, %179
  %187 = fadd float %180, %181
  %188 = fadd float %182, %183
  %189 = fadd float %184, %185
  %190 = fadd float %186, %187
  %191 = fadd float %188, %189
  %192 = fadd float %190, %191
  store float %192, ptr %79, align 4
  %193 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done7
  %i20 = phi i64 [ %30, %done7 ], [ %211, %done23 ]
  %194 = icmp slt i64 %i20, %b1
  br i1 %194, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  %195 = add i64 %i4, 1
  br label %loop1

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %246, %done27 ]
  %196 = icmp slt i64 %i24, 256
  br i1 %196, label %body22, label %done23

body22:                                           ; preds = %loop21
  %197 = mul i64 %26, 256
  %198 = add i64 %197, %i24
  %199 = mul i64 %198, 256
  %200 = getelementptr float, ptr %34, i64 %199
  %201 = add i64 %i20, 0
  %202 = mul i64 %i4, 256
  %203 = mul i64 %201, 1808
  %204 = add i64 %203, 0
  %205 = getelementptr float, ptr %acts, i64 %204
  %206 = getelementptr float, ptr %205, i64 %202
  %207 = mul i64 %201, 1808
  %208 = add i64 %207, 256
  %209 = getelementptr float, ptr %acts, i64 %208
  %210 = getelementptr float, ptr %209, i64 %198
  store <8 x float> zeroinitializer, ptr %14, align 32
  store <8 x float> zeroinitializer, ptr %13, align 32
  br label %loop25

done23:                                           ; preds = %loop21
  %211 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %227, %body26 ]
  %212 = icmp slt i64 %i28, 256
  br i1 %212, label %body26, label %done27

body26:                                           ; preds = %loop25
  %213 = add i64 %i28, 0
  %214 = getelementptr float, ptr %200, i64 %213
  %215 = load <8 x float>, ptr %214, align 4
  %216 = load <8 x float>, ptr %14, align 32
  %217 = getelementptr float, ptr %206, i64 %213
  %218 = load <8 x float>, ptr %217, align 4
  %219 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %215, <8 x float> %218, <8 x float> %216)
  store <8 x float> %219, ptr %14, align 32
  %220 = add i64 %i28, 8
  %221 = getelementptr float, ptr %200, i64 %220
  %222 = load <8 x float>, ptr %221, align 4
  %223 = load <8 x float>, ptr %13, align 32
  %224 = getelementptr float, ptr %206, i64 %220
  %225 = load <8 x float>, ptr %224, align 4
  %226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %222, <8 x float> %225, <8 x float> %223)
  store <8 x float> %226, ptr %13, align 32
  %227 = add i64 %i28, 16
  br label %loop25

done27:                                           ; preds = %loop25
  %228 = load <8 x float>, ptr %14, align 32
  %229 = load <8 x float>, ptr %13, align 32
  %230 = fadd <8 x float> %228, %229
  %231 = extractelement <8 x float> %230, i32 0
  %232 = extractelement <8 x float> %230, i32 1
  %233 = extractelement <8 x float> %230, i32 2
  %234 = extractelement <8 x float> %230, i32 3
  %235 = extractelement <8 x float> %230, i32 4
  %236 = extractelement <8 x float> %230, i32 5
  %237 = extractelement <8 x float> %230, i32 6
  %238 = extractelement <8 x float> %230, i32 7
  %239 = fadd float %231, %232
  %240 = fadd float %233, %234
  %241 = fadd float %235, %236
  %242 = fadd float %237, %238
  %243 = fadd float %239, %240
  %244 = fadd float %241, %242
  %245 = fadd float %243, %244
  store float %245, ptr %210, align 4
  %246 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %done35, %done
  %i32 = phi i64 [ %b0, %done ], [ %258, %done35 ]
  %247 = icmp slt i64 %i32, %b1
  br i1 %247, label %body30, label %done31

body30:                                           ; preds = %loop29
  %248 = mul i64 %i32, 1808
  %249 = add i64 %248, 256
  %250 = getelementptr float, ptr %acts, i64 %249
  %251 = mul i64 %i32, 1808
  %252 = add i64 %251, 512
  %253 = getelementptr float, ptr %acts, i64 %252
  br label %loop33

done31:                                           ; preds = %loop29
  %254 = fcmp olt float %sigma, 0.000000e+00
  %255 = select i1 %254, float 0x3FC99999A0000000, float %sigma
  %256 = fcmp ogt float %255, 0.000000e+00
  br label %loop45

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %260, %done39 ]
  %257 = icmp slt i64 %i36, 1
  br i1 %257, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  %258 = add i64 %i32, 1
  br label %loop29

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %281, %done43 ]
  %259 = icmp slt i64 %i40, 256
  br i1 %259, label %body38, label %done39

body38:                                           ; preds = %loop37
  store float 0.000000e+00, ptr %12, align 4
  br label %loop41

done39:                                           ; preds = %loop37
  %260 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %270, %body42 ]
  %261 = icmp slt i64 %i44, 1
  br i1 %261, label %body42, label %done43

body42:                                           ; preds = %loop41
  %262 = mul i64 %i36, 1
  %263 = add i64 %262, %i44
  %264 = mul i64 %263, 256
  %265 = add i64 %264, %i40
  %266 = getelementptr float, ptr %250, i64 %265
  %267 = load float, ptr %266, align 4
  %268 = load float, ptr %12, align 4
  %269 = fadd float %268, %267
  store float %269, ptr %12, align 4
  %270 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %271 = mul i64 %i36, 256
  %272 = add i64 %271, %i40
  %273 = add i64 0, %272
  %274 = getelementptr float, ptr %gains, i64 %273
  %275 = load float, ptr %274, align 4
  %276 = load float, ptr %12, align 4
  %277 = fmul float %276, %275
  %278 = icmp slt i64 %272, 256
  %279 = getelementptr float, ptr %253, i64 %272
  %280 = select i1 %278, float %277, float 0.000000e+00
  store float %280, ptr %279, align 4
  %281 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %done55, %done31
  %i48 = phi i64 [ %b0, %done31 ], [ %372, %done55 ]
  %282 = icmp slt i64 %i48, %b1
  br i1 %282, label %body46, label %done47

body46:                                           ; preds = %loop45
  %283 = mul i64 %i48, 1808
  %284 = add i64 %283, 512
  %285 = getelementptr float, ptr %acts, i64 %284
  %286 = mul i64 %i48, 1808
  %287 = add i64 %286, 768
  %288 = getelementptr float, ptr %acts, i64 %287
  %289 = add i64 %first, %i48
  %290 = add i64 %seed, -7046029254386353131
  %291 = lshr i64 %290, 30
  %292 = xor i64 %290, %291
  %293 = mul i64 %292, -4658895280553007687
  %294 = lshr i64 %293, 27
  %295 = xor i64 %293, %294
  %296 = mul i64 %295, -7723592293110705685
  %297 = lshr i64 %296, 31
  %298 = xor i64 %296, %297
  %299 = add i64 %298, %step
  %300 = lshr i64 %299, 30
  %301 = xor i64 %299, %300
  %302 = mul i64 %301, -4658895280553007687
  %303 = lshr i64 %302, 27
  %304 = xor i64 %302, %303
  %305 = mul i64 %304, -7723592293110705685
  %306 = lshr i64 %305, 31
  %307 = xor i64 %305, %306
  %308 = or i64 3298534883328, %289
  %309 = add i64 %307, %308
  %310 = lshr i64 %309, 30
  %311 = xor i64 %309, %310
  %312 = mul i64 %311, -4658895280553007687
  %313 = lshr i64 %312, 27
  %314 = xor i64 %312, %313
  %315 = mul i64 %314, -7723592293110705685
  %316 = lshr i64 %315, 31
  %317 = xor i64 %315, %316
  br label %loop49

done47:                                           ; preds = %loop45
  %318 = getelementptr float, ptr %params, i64 131072
  %319 = load float, ptr %318, align 4
  %320 = fcmp ogt float %319, 0.000000e+00
  %321 = fneg float %319
  %322 = select i1 %320, float %321, float %319
  %323 = call float @llvm.exp.f32(float %322)
  %324 = fmul float 3.000000e+00, %323
  %325 = fadd float 1.000000e+00, %324
  %326 = fsub float 1.000000e+00, %323
  %327 = fdiv float %326, %325
  %328 = fadd float %323, 3.000000e+00
  %329 = fsub float %323, 1.000000e+00
  %330 = fdiv float %329, %328
  %331 = select i1 %320, float %327, float %330
  br label %loop57

loop49:                                           ; preds = %join, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %368, %join ]
  %332 = icmp slt i64 %i52, 256
  br i1 %332, label %body50, label %done51

body50:                                           ; preds = %loop49
  %333 = getelementptr float, ptr %285, i64 %i52
  %334 = load float, ptr %333, align 4
  store float %334, ptr %11, align 4
  br i1 %256, label %then, label %join

done51:                                           ; preds = %loop49
  br label %loop53

then:                                             ; preds = %body50
  %335 = mul i64 %i52, -7046029254386353131
  %336 = add i64 %317, %335
  %337 = lshr i64 %336, 30
  %338 = xor i64 %336, %337
  %339 = mul i64 %338, -4658895280553007687
  %340 = lshr i64 %339, 27
  %341 = xor i64 %339, %340
  %342 = mul i64 %341, -7723592293110705685
  %343 = lshr i64 %342, 31
  %344 = xor i64 %342, %343
  %345 = lshr i64 %344, 41
  %346 = mul i64 2, %345
  %347 = add i64 %346, 1
  %348 = lshr i64 %344, 17
  %349 = and i64 %348, 8388607
  %350 = mul i64 2, %349
  %351 = add i64 %350, 1
  %352 = uitofp i64 %347 to float
  %353 = fmul float %352, 0x3E70000000000000
  %354 = uitofp i64 %351 to float
  %355 = fmul float %354, 0x3E70000000000000
  %356 = call float @llvm.log.f32(float %353)
  %357 = fmul float -2.000000e+00, %356
  %358 = call float @llvm.sqrt.f32(float %357)
  %359 = fmul float 0x401921FB60000000, %355
  %360 = call float @llvm.cos.f32(float %359)
  %361 = fmul float %358, %360
  %362 = fmul float %255, %361
  %363 = fadd float %334, %362
  store float %363, ptr %11, align 4
  br label %join

join:                                             ; preds = %then, %body50
  %364 = load float, ptr %11, align 4
  %365 = fcmp oge float %364, 0x3FB99999A0000000
  %366 = getelementptr float, ptr %288, i64 %i52
  %367 = uitofp i1 %365 to float
  store float %367, ptr %366, align 4
  %368 = add i64 %i52, 1
  br label %loop49

loop53:                                           ; preds = %body54, %done51
  %i56 = phi i64 [ 256, %done51 ], [ %371, %body54 ]
  %369 = icmp slt i64 %i56, 256
  br i1 %369, label %body54, label %done55

body54:                                           ; preds = %loop53
  %370 = getelementptr float, ptr %288, i64 %i56
  store float 0.000000e+00, ptr %370, align 4
  %371 = add i64 %i56, 1
  br label %loop53

done55:                                           ; preds = %loop53
  %372 = add i64 %i48, 1
  br label %loop45

loop57:                                           ; preds = %done63, %done47
  %i60 = phi i64 [ %b0, %done47 ], [ %375, %done63 ]
  %373 = icmp slt i64 %i60, %b1
  br i1 %373, label %body58, label %done59

body58:                                           ; preds = %loop57
  br label %loop61

done59:                                           ; preds = %loop57
  br label %loop73

loop61:                                           ; preds = %done67, %body58
  %i64 = phi i64 [ 0, %body58 ], [ %390, %done67 ]
  %374 = icmp slt i64 %i64, 1
  br i1 %374, label %body62, label %done63

body62:                                           ; preds = %loop61
  br label %loop65

done63:                                           ; preds = %loop61
  %375 = add i64 %i60, 1
  br label %loop57

loop65:                                           ; preds = %done71, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %409, %done71 ]
  %376 = icmp slt i64 %i68, 4
  br i1 %376, label %body66, label %done67

body66:                                           ; preds = %loop65
  %377 = mul i64 %i64, 256
  %378 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i68
  %379 = load i32, ptr %378, align 4
  %380 = sext i32 %379 to i64
  %381 = mul i64 %380, 64
  %382 = add i64 %377, %381
  %383 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i68
  %384 = load i32, ptr %383, align 4
  %385 = sext i32 %384 to i64
  %386 = mul i64 %385, 64
  %387 = add i64 %377, %386
  %388 = mul i64 %i68, 64
  %389 = add i64 %377, %388
  br label %loop69

done67:                                           ; preds = %loop65
  %390 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %body70, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %408, %body70 ]
  %391 = icmp slt i64 %i72, 64
  br i1 %391, label %body70, label %done71

body70:                                           ; preds = %loop69
  %392 = add i64 %387, %i72
  %393 = add i64 %382, %i72
  %394 = add i64 %389, %i72
  %395 = mul i64 %i60, 1808
  %396 = add i64 %395, 768
  %397 = getelementptr float, ptr %acts, i64 %396
  %398 = getelementptr float, ptr %397, i64 %392
  %399 = load float, ptr %398, align 4
  %400 = getelementptr float, ptr %397, i64 %393
  %401 = load float, ptr %400, align 4
  %402 = fsub float %401, %399
  %403 = mul i64 %i60, 1808
  %404 = add i64 %403, 1024
  %405 = getelementptr float, ptr %acts, i64 %404
  %406 = getelementptr float, ptr %405, i64 %394
  %407 = fmul float %331, %402
  store float %407, ptr %406, align 4
  %408 = add i64 %i72, 1
  br label %loop69

done71:                                           ; preds = %loop69
  %409 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %done59
  %i76 = phi i64 [ 0, %done59 ], [ %419, %done79 ]
  %410 = icmp slt i64 %i76, 1
  br i1 %410, label %body74, label %done75

body74:                                           ; preds = %loop73
  br label %loop77

done75:                                           ; preds = %loop73
  br label %loop105

loop77:                                           ; preds = %done95, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %582, %done95 ]
  %411 = icmp slt i64 %i80, 1
  br i1 %411, label %body78, label %done79

body78:                                           ; preds = %loop77
  %412 = mul i64 %i76, 1
  %413 = add i64 %412, %i80
  %414 = sub i64 %b1, %b0
  %415 = sdiv i64 %414, 4
  %416 = mul i64 %415, 4
  %417 = add i64 %b0, %416
  %418 = getelementptr float, ptr %params, i64 131088
  br label %loop81

done79:                                           ; preds = %loop77
  %419 = add i64 %i76, 1
  br label %loop73

loop81:                                           ; preds = %done87, %body78
  %i84 = phi i64 [ %b0, %body78 ], [ %467, %done87 ]
  %420 = icmp slt i64 %i84, %417
  br i1 %420, label %body82, label %done83

body82:                                           ; preds = %loop81
  br label %loop85

done83:                                           ; preds = %loop81
  %421 = getelementptr float, ptr %params, i64 131088
  br label %loop93

loop85:                                           ; preds = %done91, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %580, %done91 ]
  %422 = icmp slt i64 %i88, 256
  br i1 %422, label %body86, label %done87

body86:                                           ; preds = %loop85
  %423 = mul i64 %413, 256
  %424 = add i64 %423, %i88
  %425 = mul i64 %424, 256
  %426 = getelementptr float, ptr %418, i64 %425
  %427 = add i64 %i84, 0
  %428 = mul i64 %i80, 256
  %429 = mul i64 %427, 1808
  %430 = add i64 %429, 1024
  %431 = getelementptr float, ptr %acts, i64 %430
  %432 = getelementptr float, ptr %431, i64 %428
  %433 = mul i64 %427, 1808
  %434 = add i64 %433, 1280
  %435 = getelementptr float, ptr %acts, i64 %434
  %436 = getelementptr float, ptr %435, i64 %424
  %437 = add i64 %i84, 1
  %438 = mul i64 %i80, 256
  %439 = mul i64 %437, 1808
  %440 = add i64 %439, 1024
  %441 = getelementptr float, ptr %acts, i64 %440
  %442 = getelementptr float, ptr %441, i64 %438
  %443 = mul i64 %437, 1808
  %444 = add i64 %443, 1280
  %445 = getelementptr float, ptr %acts, i64 %444
  %446 = getelementptr float, ptr %445, i64 %424
  %447 = add i64 %i84, 2
  %448 = mul i64 %i80, 256
  %449 = mul i64 %447, 1808
  %450 = add i64 %449, 1024
  %451 = getelementptr float, ptr %acts, i64 %450
  %452 = getelementptr float, ptr %451, i64 %448
  %453 = mul i64 %447, 1808
  %454 = add i64 %453, 1280
  %455 = getelementptr float, ptr %acts, i64 %454
  %456 = getelementptr float, ptr %455, i64 %424
  %457 = add i64 %i84, 3
  %458 = mul i64 %i80, 256
  %459 = mul i64 %457, 1808
  %460 = add i64 %459, 1024
  %461 = getelementptr float, ptr %acts, i64 %460
  %462 = getelementptr float, ptr %461, i64 %458
  %463 = mul i64 %457, 1808
  %464 = add i64 %463, 1280
  %465 = getelementptr float, ptr %acts, i64 %464
  %466 = getelementptr float, ptr %465, i64 %424
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  store <8 x float> zeroinitializer, ptr %6, align 32
  store <8 x float> zeroinitializer, ptr %5, align 32
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  br label %loop89

done87:                                           ; preds = %loop85
  %467 = add i64 %i84, 4
  br label %loop81

loop89:                                           ; preds = %body90, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %507, %body90 ]
  %468 = icmp slt i64 %i92, 256
  br i1 %468, label %body90, label %done91

body90:                                           ; preds = %loop89
  %469 = add i64 %i92, 0
  %470 = getelementptr float, ptr %426, i64 %469
  %471 = load <8 x float>, ptr %470, align 4
  %472 = load <8 x float>, ptr %10, align 32
  %473 = getelementptr float, ptr %432, i64 %469
  %474 = load <8 x float>, ptr %473, align 4
  %475 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %474, <8 x float> %472)
  store <8 x float> %475, ptr %10, align 32
  %476 = load <8 x float>, ptr %8, align 32
  %477 = getelementptr float, ptr %442, i64 %469
  %478 = load <8 x float>, ptr %477, align 4
  %479 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %478, <8 x float> %476)
  store <8 x float> %479, ptr %8, align 32
  %480 = load <8 x float>, ptr %6, align 32
  %481 = getelementptr float, ptr %452, i64 %469
  %482 = load <8 x float>, ptr %481, align 4
  %483 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %482, <8 x float> %480)
  store <8 x float> %483, ptr %6, align 32
  %484 = load <8 x float>, ptr %4, align 32
  %485 = getelementptr float, ptr %462, i64 %469
  %486 = load <8 x float>, ptr %485, align 4
  %487 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %471, <8 x float> %486, <8 x float> %484)
  store <8 x float> %487, ptr %4, align 32
  %488 = add i64 %i92, 8
  %489 = getelementptr float, ptr %426, i64 %488
  %490 = load <8 x float>, ptr %489, align 4
  %491 = load <8 x float>, ptr %9, align 32
  %492 = getelementptr float, ptr %432, i64 %488
  %493 = load <8 x float>, ptr %492, align 4
  %494 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %493, <8 x float> %491)
  store <8 x float> %494, ptr %9, align 32
  %495 = load <8 x float>, ptr %7, align 32
  %496 = getelementptr float, ptr %442, i64 %488
  %497 = load <8 x float>, ptr %496, align 4
  %498 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %497, <8 x float> %495)
  store <8 x float> %498, ptr %7, align 32
  %499 = load <8 x float>, ptr %5, align 32
  %500 = getelementptr float, ptr %452, i64 %488
  %501 = load <8 x float>, ptr %500, align 4
  %502 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %501, <8 x float> %499)
  store <8 x float> %502, ptr %5, align 32
  %503 = load <8 x float>, ptr %3, align 32
  %504 = getelementptr float, ptr %462, i64 %488
  %505 = load <8 x float>, ptr %504, align 4
  %506 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %490, <8 x float> %505, <8 x float> %503)
  store <8 x float> %506, ptr %3, align 32
  %507 = add i64 %i92, 16
  br label %loop89

done91:                                           ; preds = %loop89
  %508 = load <8 x float>, ptr %10, align 32
  %509 = load <8 x float>, ptr %9, align 32
  %510 = fadd <8 x float> %508, %509
  %511 = extractelement <8 x float> %510, i32 0
  %512 = extractelement <8 x float> %510, i32 1
  %513 = extractelement <8 x float> %510, i32 2
  %514 = extractelement <8 x float> %510, i32 3
  %515 = extractelement <8 x float> %510, i32 4
  %516 = extractelement <8 x float> %510, i32 5
  %517 = extractelement <8 x float> %510, i32 6
  %518 = extractelement <8 x float> %510, i32 7
  %519 = fadd float %511, %512
  %520 = fadd float %513, %514
  %521 = fadd float %515, %516
  %522 = fadd float %517, %518
  %523 = fadd float %519, %520
  %524 = fadd float %521, %522
  %525 = fadd float %523, %524
  store float %525, ptr %436, align 4
  %526 = load <8 x float>, ptr %8, align 32
  %527 = load <8 x float>, ptr %7, align 32
  %528 = fadd <8 x float> %526, %527
  %529 = extractelement <8 x float> %528, i32 0
  %530 = extractelement <8 x float> %528, i32 1
  %531 = extractelement <8 x float> %528, i32 2
  %532 = extractelement <8 x float> %528, i32 3
  %533 = extractelement <8 x float> %528, i32 4
  %534 = extractelement <8 x float> %528, i32 5
  %535 = extractelement <8 x float> %528, i32 6
  %536 = extractelement <8 x float> %528, i32 7
  %537 = fadd float %529, %530
  %538 = fadd float %531, %532
  %539 = fadd float %533, %534
  %540 = fadd float %535, %536
  %541 = fadd float %537, %538
  %542 = fadd float %539, %540
  %543 = fadd float %541, %542
  store float %543, ptr %446, align 4
  %544 = load <8 x float>, ptr %6, align 32
  %545 = load <8 x float>, ptr %5, align 32
  %546 = fadd <8 x float> %544, %545
  %547 = extractelement <8 x float> %546, i32 0
  %548 = extractelement <8 x float> %546, i32 1
  %549 = extractelement <8 x float> %546, i32 2
  %550 = extractelement <8 x float> %546, i32 3
  %551 = extractelement <8 x float> %546, i32 4
  %552 = extractelement <8 x float> %546, i32 5
  %553 = extractelement <8 x float> %546, i32 6
  %554 = extractelement <8 x float> %546, i32 7
  %555 = fadd float %547, %548
  %556 = fadd float %549, %550
  %557 = fadd float %551, %552
  %558 = fadd float %553, %554
  %559 = fadd float %555, %556
  %560 = fadd float %557, %558
  %561 = fadd float %559, %560
  store float %561, ptr %456, align 4
  %562 = load <8 x float>, ptr %4, align 32
  %563 = load <8 x float>, ptr %3, align 32
  %564 = fadd <8 x float> %562, %563
  %565 = extractelement <8 x float> %564, i32 0
  %566 = extractelement <8 x float> %564, i32 1
  %567 = extractelement <8 x float> %564, i32 2
  %568 = extractelement <8 x float> %564, i32 3
  %569 = extractelement <8 x float> %564, i32 4
  %570 = extractelement <8 x float> %564, i32 5
  %571 = extractelement <8 x float> %564, i32 6
  %572 = extractelement <8 x float> %564, i32 7
  %573 = fadd float %565, %566
  %574 = fadd float %567, %568
  %575 = fadd float %569, %570
  %576 = fadd float %571, %572
  %577 = fadd float %573, %574
  %578 = fadd float %575, %576
  %579 = fadd float %577, %578
  store float %579, ptr %466, align 4
  %580 = add i64 %i88, 1
  br label %loop85

loop93:                                           ; preds = %done99, %done83
  %i96 = phi i64 [ %417, %done83 ], [ %598, %done99 ]
  %581 = icmp slt i64 %i96, %b1
  br i1 %581, label %body94, label %done95

body94:                                           ; preds = %loop93
  br label %loop97

done95:                                           ; preds = %loop93
  %582 = add i64 %i80, 1
  br label %loop77

loop97:                                           ; preds = %done103, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %633, %done103 ]
  %583 = icmp slt i64 %i100, 256
  br i1 %583, label %body98, label %done99

body98:                                           ; preds = %loop97
  %584 = mul i64 %413, 256
  %585 = add i64 %584, %i100
  %586 = mul i64 %585, 256
  %587 = getelementptr float, ptr %421, i64 %586
  %588 = add i64 %i96, 0
  %589 = mul i64 %i80, 256
  %590 = mul i64 %588, 1808
  %591 = add i64 %590, 1024
  %592 = getelementptr float, ptr %acts, i64 %591
  %593 = getelementptr float, ptr %592, i64 %589
  %594 = mul i64 %588, 1808
  %595 = add i64 %594, 1280
  %596 = getelementptr float, ptr %acts, i64 %595
  %597 = getelementptr float, ptr %596, i64 %585
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop101

done99:                                           ; preds = %loop97
  %598 = add i64 %i96, 1
  br label %loop93

loop101:                                          ; preds = %body102, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %614, %body102 ]
  %599 = icmp slt i64 %i104, 256
  br i1 %599, label %body102, label %done103

body102:                                          ; preds = %loop101
  %600 = add i64 %i104, 0
  %601 = getelementptr float, ptr %587, i64 %600
  %602 = load <8 x float>, ptr %601, align 4
  %603 = load <8 x float>, ptr %2, align 32
  %604 = getelementptr float, ptr %593, i64 %600
  %605 = load <8 x float>, ptr %604, align 4
  %606 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %602, <8 x float> %605, <8 x float> %603)
  store <8 x float> %606, ptr %2, align 32
  %607 = add i64 %i104, 8
  %608 = getelementptr float, ptr %587, i64 %607
  %609 = load <8 x float>, ptr %608, align 4
  %610 = load <8 x float>, ptr %1, align 32
  %611 = getelementptr float, ptr %593, i64 %607
  %612 = load <8 x float>, ptr %611, align 4
  %613 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %609, <8 x float> %612, <8 x float> %610)
  store <8 x float> %613, ptr %1, align 32
  %614 = add i64 %i104, 16
  br label %loop101

done103:                                          ; preds = %loop101
  %615 = load <8 x float>, ptr %2, align 32
  %616 = load <8 x float>, ptr %1, align 32
  %617 = fadd <8 x float> %615, %616
  %618 = extractelement <8 x float> %617, i32 0
  %619 = extractelement <8 x float> %617, i32 1
  %620 = extractelement <8 x float> %617, i32 2
  %621 = extractelement <8 x float> %617, i32 3
  %622 = extractelement <8 x float> %617, i32 4
  %623 = extractelement <8 x float> %617, i32 5
  %624 = extractelement <8 x float> %617, i32 6
  %625 = extractelement <8 x float> %617, i32 7
  %626 = fadd float %618, %619
  %627 = fadd float %620, %621
  %628 = fadd float %622, %623
  %629 = fadd float %624, %625
  %630 = fadd float %626, %627
  %631 = fadd float %628, %629
  %632 = fadd float %630, %631
  store float %632, ptr %597, align 4
  %633 = add i64 %i100, 1
  br label %loop97

loop105:                                          ; preds = %done111, %done75
  %i108 = phi i64 [ %b0, %done75 ], [ %642, %done111 ]
  %634 = icmp slt i64 %i108, %b1
  br i1 %634, label %body106, label %done107

body106:                                          ; preds = %loop105
  %635 = mul i64 %i108, 1808
  %636 = add i64 %635, 1280
  %637 = getelementptr float, ptr %acts, i64 %636
  %638 = mul i64 %i108, 1808
  %639 = add i64 %638, 1536
  %640 = getelementptr float, ptr %acts, i64 %639
  br label %loop109

done107:                                          ; preds = %loop105
  br label %loop121

loop109:                                          ; preds = %done115, %body106
  %i112 = phi i64 [ 0, %body106 ], [ %644, %done115 ]
  %641 = icmp slt i64 %i112, 1
  br i1 %641, label %body110, label %done111

body110:                                          ; preds = %loop109
  br label %loop113

done111:                                          ; preds = %loop109
  %642 = add i64 %i108, 1
  br label %loop105

loop113:                                          ; preds = %done119, %body110
  %i116 = phi i64 [ 0, %body110 ], [ %665, %done119 ]
  %643 = icmp slt i64 %i116, 256
  br i1 %643, label %body114, label %done115

body114:                                          ; preds = %loop113
  store float 0.000000e+00, ptr %0, align 4
  br label %loop117

done115:                                          ; preds = %loop113
  %644 = add i64 %i112, 1
  br label %loop109

loop117:                                          ; preds = %body118, %body114
  %i120 = phi i64 [ 0, %body114 ], [ %654, %body118 ]
  %645 = icmp slt i64 %i120, 1
  br i1 %645, label %body118, label %done119

body118:                                          ; preds = %loop117
  %646 = mul i64 %i112, 1
  %647 = add i64 %646, %i120
  %648 = mul i64 %647, 256
  %649 = add i64 %648, %i116
  %650 = getelementptr float, ptr %637, i64 %649
  %651 = load float, ptr %650, align 4
  %652 = load float, ptr %0, align 4
  %653 = fadd float %652, %651
  store float %653, ptr %0, align 4
  %654 = add i64 %i120, 1
  br label %loop117

done119:                                          ; preds = %loop117
  %655 = mul i64 %i112, 256
  %656 = add i64 %655, %i116
  %657 = add i64 256, %656
  %658 = getelementptr float, ptr %gains, i64 %657
  %659 = load float, ptr %658, align 4
  %660 = load float, ptr %0, align 4
  %661 = fmul float %660, %659
  %662 = icmp slt i64 %656, 4
  %663 = getelementptr float, ptr %640, i64 %656
  %664 = select i1 %662, float %661, float 0.000000e+00
  store float %664, ptr %663, align 4
  %665 = add i64 %i116, 1
  br label %loop113

loop121:                                          ; preds = %done127, %done107
  %i124 = phi i64 [ %b0, %done107 ], [ %678, %done127 ]
  %666 = icmp slt i64 %i124, %b1
  br i1 %666, label %body122, label %done123

body122:                                          ; preds = %loop121
  br label %loop125

done123:                                          ; preds = %loop121
  ret void

loop125:                                          ; preds = %body126, %body122
  %i128 = phi i64 [ 0, %body122 ], [ %677, %body126 ]
  %667 = icmp slt i64 %i128, 4
  br i1 %667, label %body126, label %done127

body126:                                          ; preds = %loop125
  %668 = mul i64 %i124, 1808
  %669 = add i64 %668, 1792
  %670 = getelementptr float, ptr %acts, i64 %669
  %671 = getelementptr float, ptr %670, i64 %i128
  %672 = mul i64 %i124, 1808
  %673 = add i64 %672, 1536
  %674 = getelementptr float, ptr %acts, i64 %673
  %675 = getelementptr float, ptr %674, i64 %i128
  %676 = load float, ptr %675, align 4
  store float %676, ptr %671, align 4
  %677 = add i64 %i128, 1
  br label %loop125

done127:                                          ; preds = %loop125
  %678 = add i64 %i124, 1
  br label %loop121
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 1808
  %6 = add i64 %5, 1792
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 1808
  %9 = add i64 %8, 1792
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 4
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 4
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 4
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %15, %done7 ]
  %0 = icmp slt i64 %i, %b1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = mul i64 %i, 1808
  %2 = add i64 %1, 1536
  %3 = getelementptr float, ptr %dacts, i64 %2
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %6, %body2 ]
  %4 = icmp slt i64 %i4, 256
  br i1 %4, label %body2, label %done3

body2:                                            ; preds = %loop1
  %5 = getelementptr float, ptr %3, i64 %i4
  store <8 x float> zeroinitializer, ptr %5, align 4
  %6 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %14, %body6 ]
  %7 = icmp slt i64 %i8, 4
  br i1 %7, label %body6, label %done7

body6:                                            ; preds = %loop5
  %8 = getelementptr float, ptr %3, i64 %i8
  %9 = mul i64 %i, 1808
  %10 = add i64 %9, 1792
  %11 = getelementptr float, ptr %dacts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %i8
  %13 = load float, ptr %12, align 4
  store float %13, ptr %8, align 4
  %14 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %15 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %24, %done15 ]
  %16 = icmp slt i64 %i12, %b1
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = mul i64 %i12, 1808
  %18 = add i64 %17, 1536
  %19 = getelementptr float, ptr %dacts, i64 %18
  %20 = mul i64 %i12, 1808
  %21 = add i64 %20, 1280
  %22 = getelementptr float, ptr %dacts, i64 %21
  br label %loop13

done11:                                           ; preds = %loop9
  br label %loop25

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %36, %done19 ]
  %23 = icmp slt i64 %i16, 1
  br i1 %23, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %24 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %44, %done23 ]
  %25 = icmp slt i64 %i20, 256
  br i1 %25, label %body18, label %done19

body18:                                           ; preds = %loop17
  %26 = mul i64 %i16, 256
  %27 = add i64 %26, %i20
  %28 = add i64 256, %27
  %29 = getelementptr float, ptr %gains, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = getelementptr float, ptr %19, i64 %27
  %32 = load float, ptr %31, align 4
  %33 = fmul float %32, %30
  %34 = icmp slt i64 %27, 4
  %35 = select i1 %34, float %33, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %36 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %body22 ]
  %37 = icmp slt i64 %i24, 1
  br i1 %37, label %body22, label %done23

body22:                                           ; preds = %loop21
  %38 = mul i64 %i16, 1
  %39 = add i64 %38, %i24
  %40 = mul i64 %39, 256
  %41 = add i64 %40, %i20
  %42 = getelementptr float, ptr %22, i64 %41
  store float %35, ptr %42, align 4
  %43 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %44 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done11
  %i28 = phi i64 [ %b0, %done11 ], [ %53, %done31 ]
  %45 = icmp slt i64 %i28, %b1
  br i1 %45, label %body26, label %done27

body26:                                           ; preds = %loop25
  %46 = mul i64 %i28, 1808
  %47 = add i64 %46, 1024
  %48 = getelementptr float, ptr %dacts, i64 %47
  br label %loop29

done27:                                           ; preds = %loop25
  %49 = getelementptr float, ptr %params, i64 131088
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %52, %body30 ]
  %50 = icmp slt i64 %i32, 256
  br i1 %50, label %body30, label %done31

body30:                                           ; preds = %loop29
  %51 = getelementptr float, ptr %48, i64 %i32
  store <8 x float> zeroinitializer, ptr %51, align 4
  %52 = add i64 %i32, 8
  br label %loop29

done31:                                           ; preds = %loop29
  %53 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %58, %done39 ]
  %54 = icmp slt i64 %i36, 1
  br i1 %54, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  br label %loop53

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %66, %done43 ]
  %55 = icmp slt i64 %i40, 1
  br i1 %55, label %body38, label %done39

body38:                                           ; preds = %loop37
  %56 = mul i64 %i36, 1
  %57 = add i64 %56, %i40
  br label %loop41

done39:                                           ; preds = %loop37
  %58 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %74, %done47 ]
  %59 = icmp slt i64 %i44, 256
  br i1 %59, label %body42, label %done43

body42:                                           ; preds = %loop41
  %60 = mul i64 %i36, 1
  %61 = add i64 %60, %i40
  %62 = mul i64 %61, 256
  %63 = add i64 %62, %i44
  %64 = mul i64 %63, 256
  %65 = getelementptr float, ptr %49, i64 %64
  br label %loop45

done43:                                           ; preds = %loop41
  %66 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %join, %body42
  %i48 = phi i64 [ %b0, %body42 ], [ %82, %join ]
  %67 = icmp slt i64 %i48, %b1
  br i1 %67, label %body46, label %done47

body46:                                           ; preds = %loop45
  %68 = mul i64 %i48, 1808
  %69 = add i64 %68, 1280
  %70 = getelementptr float, ptr %dacts, i64 %69
  %71 = getelementptr float, ptr %70, i64 %63
  %72 = load float, ptr %71, align 4
  %73 = fcmp une float %72, 0.000000e+00
  br i1 %73, label %then, label %join

done47:                                           ; preds = %loop45
  %74 = add i64 %i44, 1
  br label %loop41

then:                                             ; preds = %body46
  %75 = insertelement <8 x float> undef, float %72, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %77 = mul i64 %i40, 256
  %78 = mul i64 %i48, 1808
  %79 = add i64 %78, 1024
  %80 = getelementptr float, ptr %dacts, i64 %79
  %81 = getelementptr float, ptr %80, i64 %77
  br label %loop49

join:                                             ; preds = %done51, %body46
  %82 = add i64 %i48, 1
  br label %loop45

loop49:                                           ; preds = %body50, %then
  %i52 = phi i64 [ 0, %then ], [ %89, %body50 ]
  %83 = icmp slt i64 %i52, 256
  br i1 %83, label %body50, label %done51

body50:                                           ; preds = %loop49
  %84 = getelementptr float, ptr %81, i64 %i52
  %85 = load <8 x float>, ptr %84, align 4
  %86 = getelementptr float, ptr %65, i64 %i52
  %87 = load <8 x float>, ptr %86, align 4
  %88 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %87, <8 x float> %85)
  store <8 x float> %88, ptr %84, align 4
  %89 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  br label %join

loop53:                                           ; preds = %done59, %done35
  %i56 = phi i64 [ %b0, %done35 ], [ %111, %done59 ]
  %90 = icmp slt i64 %i56, %b1
  br i1 %90, label %body54, label %done55

body54:                                           ; preds = %loop53
  %91 = mul i64 %i56, 1808
  %92 = add i64 %91, 768
  %93 = getelementptr float, ptr %dacts, i64 %92
  br label %loop57

done55:                                           ; preds = %loop53
  %94 = getelementptr float, ptr %params, i64 131072
  %95 = load float, ptr %94, align 4
  %96 = fcmp ogt float %95, 0.000000e+00
  %97 = fneg float %95
  %98 = select i1 %96, float %97, float %95
  %99 = call float @llvm.exp.f32(float %98)
  %100 = fmul float 3.000000e+00, %99
  %101 = fadd float 1.000000e+00, %100
  %102 = fsub float 1.000000e+00, %99
  %103 = fdiv float %102, %101
  %104 = fadd float %99, 3.000000e+00
  %105 = fsub float %99, 1.000000e+00
  %106 = fdiv float %105, %104
  %107 = select i1 %96, float %103, float %106
  br label %loop61

loop57:                                           ; preds = %body58, %body54
  %i60 = phi i64 [ 0, %body54 ], [ %110, %body58 ]
  %108 = icmp slt i64 %i60, 256
  br i1 %108, label %body58, label %done59

body58:                                           ; preds = %loop57
  %109 = getelementptr float, ptr %93, i64 %i60
  store <8 x float> zeroinitializer, ptr %109, align 4
  %110 = add i64 %i60, 8
  br label %loop57

done59:                                           ; preds = %loop57
  %111 = add i64 %i56, 1
  br label %loop53

loop61:                                           ; preds = %done67, %done55
  %i64 = phi i64 [ %b0, %done55 ], [ %114, %done67 ]
  %112 = icmp slt i64 %i64, %b1
  br i1 %112, label %body62, label %done63

body62:                                           ; preds = %loop61
  br label %loop65

done63:                                           ; preds = %loop61
  br label %loop77

loop65:                                           ; preds = %done71, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %129, %done71 ]
  %113 = icmp slt i64 %i68, 1
  br i1 %113, label %body66, label %done67

body66:                                           ; preds = %loop65
  br label %loop69

done67:                                           ; preds = %loop65
  %114 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %150, %done75 ]
  %115 = icmp slt i64 %i72, 4
  br i1 %115, label %body70, label %done71

body70:                                           ; preds = %loop69
  %116 = mul i64 %i68, 256
  %117 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i72
  %118 = load i32, ptr %117, align 4
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 64
  %121 = add i64 %116, %120
  %122 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i72
  %123 = load i32, ptr %122, align 4
  %124 = sext i32 %123 to i64
  %125 = mul i64 %124, 64
  %126 = add i64 %116, %125
  %127 = mul i64 %i72, 64
  %128 = add i64 %116, %127
  br label %loop73

done71:                                           ; preds = %loop69
  %129 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %body74, %body70
  %i76 = phi i64 [ 0, %body70 ], [ %149, %body74 ]
  %130 = icmp slt i64 %i76, 64
  br i1 %130, label %body74, label %done75

body74:                                           ; preds = %loop73
  %131 = add i64 %126, %i76
  %132 = add i64 %121, %i76
  %133 = add i64 %128, %i76
  %134 = mul i64 %i64, 1808
  %135 = add i64 %134, 768
  %136 = getelementptr float, ptr %dacts, i64 %135
  %137 = mul i64 %i64, 1808
  %138 = add i64 %137, 1024
  %139 = getelementptr float, ptr %dacts, i64 %138
  %140 = getelementptr float, ptr %139, i64 %133
  %141 = load float, ptr %140, align 4
  %142 = fmul float %107, %141
  %143 = getelementptr float, ptr %136, i64 %132
  %144 = getelementptr float, ptr %136, i64 %131
  %145 = load float, ptr %143, align 4
  %146 = fadd float %145, %142
  store float %146, ptr %143, align 4
  %147 = load float, ptr %144, align 4
  %148 = fsub float %147, %142
  store float %148, ptr %144, align 4
  %149 = add i64 %i76, 1
  br label %loop73

done75:                                           ; preds = %loop73
  %150 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %done83, %done63
  %i80 = phi i64 [ %b0, %done63 ], [ %174, %done83 ]
  %151 = icmp slt i64 %i80, %b1
  br i1 %151, label %body78, label %done79

body78:                                           ; preds = %loop77
  %152 = mul i64 %i80, 1808
  %153 = add i64 %152, 512
  %154 = getelementptr float, ptr %acts, i64 %153
  %155 = mul i64 %i80, 1808
  %156 = add i64 %155, 512
  %157 = getelementptr float, ptr %dacts, i64 %156
  %158 = mul i64 %i80, 1808
  %159 = add i64 %158, 768
  %160 = getelementptr float, ptr %dacts, i64 %159
  br label %loop81

done79:                                           ; preds = %loop77
  br label %loop85

loop81:                                           ; preds = %body82, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %173, %body82 ]
  %161 = icmp slt i64 %i84, 256
  br i1 %161, label %body82, label %done83

body82:                                           ; preds = %loop81
  %162 = getelementptr float, ptr %154, i64 %i84
  %163 = load float, ptr %162, align 4
  %164 = fcmp ole float %163, 1.000000e+00
  %165 = fcmp oge float %163, -1.000000e+00
  %166 = and i1 %165, %164
  %167 = icmp slt i64 %i84, 256
  %168 = and i1 %166, %167
  %169 = getelementptr float, ptr %157, i64 %i84
  %170 = getelementptr float, ptr %160, i64 %i84
  %171 = load float, ptr %170, align 4
  %172 = select i1 %168, float %171, float 0.000000e+00
  store float %172, ptr %169, align 4
  %173 = add i64 %i84, 1
  br label %loop81

done83:                                           ; preds = %loop81
  %174 = add i64 %i80, 1
  br label %loop77

loop85:                                           ; preds = %done91, %done79
  %i88 = phi i64 [ %b0, %done79 ], [ %183, %done91 ]
  %175 = icmp slt i64 %i88, %b1
  br i1 %175, label %body86, label %done87

body86:                                           ; preds = %loop85
  %176 = mul i64 %i88, 1808
  %177 = add i64 %176, 512
  %178 = getelementptr float, ptr %dacts, i64 %177
  %179 = mul i64 %i88, 1808
  %180 = add i64 %179, 256
  %181 = getelementptr float, ptr %dacts, i64 %180
  br label %loop89

done87:                                           ; preds = %loop85
  ret void

loop89:                                           ; preds = %done95, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %195, %done95 ]
  %182 = icmp slt i64 %i92, 1
  br i1 %182, label %body90, label %done91

body90:                                           ; preds = %loop89
  br label %loop93

done91:                                           ; preds = %loop89
  %183 = add i64 %i88, 1
  br label %loop85

loop93:                                           ; preds = %done99, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %203, %done99 ]
  %184 = icmp slt i64 %i96, 256
  br i1 %184, label %body94, label %done95

body94:                                           ; preds = %loop93
  %185 = mul i64 %i92, 256
  %186 = add i64 %185, %i96
  %187 = add i64 0, %186
  %188 = getelementptr float, ptr %gains, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = getelementptr float, ptr %178, i64 %186
  %191 = load float, ptr %190, align 4
  %192 = fmul float %191, %189
  %193 = icmp slt i64 %186, 256
  %194 = select i1 %193, float %192, float 0.000000e+00
  br label %loop97

done95:                                           ; preds = %loop93
  %195 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %body98, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %202, %body98 ]
  %196 = icmp slt i64 %i100, 1
  br i1 %196, label %body98, label %done99

body98:                                           ; preds = %loop97
  %197 = mul i64 %i92, 1
  %198 = add i64 %197, %i100
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i96
  %201 = getelementptr float, ptr %181, i64 %200
  store float %194, ptr %201, align 4
  %202 = add i64 %i100, 1
  br label %loop97

done99:                                           ; preds = %loop97
  %203 = add i64 %i96, 1
  br label %loop93
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = icmp sgt i64 %u0, 0
  %6 = select i1 %5, i64 %u0, i64 0
  %7 = icmp slt i64 %u1, 256
  %8 = select i1 %7, i64 %u1, i64 256
  br label %loop

loop:                                             ; preds = %done15, %entry
  %i = phi i64 [ %6, %entry ], [ %63, %done15 ]
  %9 = icmp slt i64 %i, %8
  br i1 %9, label %body, label %done

body:                                             ; preds = %loop
  %10 = sub i64 %i, 0
  %11 = sdiv i64 %10, 256
  %12 = srem i64 %10, 256
  %13 = add i64 0, %10
  %14 = getelementptr float, ptr %gains, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = icmp slt i64 %10, 256
  store float 0.000000e+00, ptr %4, align 4
  br label %loop1

done:                                             ; preds = %loop
  %17 = icmp sgt i64 %u0, 256
  %18 = select i1 %17, i64 %u0, i64 256
  %19 = icmp slt i64 %u1, 512
  %20 = select i1 %19, i64 %u1, i64 512
  br label %loop29

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %46, %done7 ]
  %21 = icmp slt i64 %i4, %batch
  br i1 %21, label %body2, label %done3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 1808
  %23 = add i64 %22, 256
  %24 = getelementptr float, ptr %acts, i64 %23
  store float 0.000000e+00, ptr %3, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %25 = load float, ptr %4, align 4
  %26 = select i1 %16, float %25, float 0.000000e+00
  %27 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %37, %body6 ]
  %28 = icmp slt i64 %i8, 1
  br i1 %28, label %body6, label %done7

body6:                                            ; preds = %loop5
  %29 = mul i64 %11, 1
  %30 = add i64 %29, %i8
  %31 = mul i64 %30, 256
  %32 = add i64 %31, %12
  %33 = getelementptr float, ptr %24, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = load float, ptr %3, align 4
  %36 = fadd float %35, %34
  store float %36, ptr %3, align 4
  %37 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %38 = mul i64 %i4, 1808
  %39 = add i64 %38, 512
  %40 = getelementptr float, ptr %dacts, i64 %39
  %41 = getelementptr float, ptr %40, i64 %10
  %42 = load float, ptr %41, align 4
  %43 = load float, ptr %4, align 4
  %44 = load float, ptr %3, align 4
  %45 = call float @llvm.fmuladd.f32(float %42, float %44, float %43)
  store float %45, ptr %4, align 4
  %46 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %53, %body10 ]
  %47 = icmp slt i64 %i12, 256
  br i1 %47, label %body10, label %done11

body10:                                           ; preds = %loop9
  %48 = mul i64 %11, 256
  %49 = add i64 %48, %i12
  %50 = mul i64 %49, 256
  %51 = add i64 %50, %12
  %52 = getelementptr float, ptr %27, i64 %51
  store float %26, ptr %52, align 4
  %53 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %54 = getelementptr float, ptr %grads, i64 0
  %55 = select i1 %16, float %15, float 0.000000e+00
  br label %loop13

loop13:                                           ; preds = %done23, %done11
  %i16 = phi i64 [ 0, %done11 ], [ %75, %done23 ]
  %56 = icmp slt i64 %i16, 1
  br i1 %56, label %body14, label %done15

body14:                                           ; preds = %loop13
  %57 = mul i64 %11, 1
  %58 = add i64 %57, %i16
  %59 = mul i64 %58, 256
  %60 = add i64 %59, %12
  %61 = mul i64 %60, 256
  %62 = getelementptr float, ptr %54, i64 %61
  br label %loop17

done15:                                           ; preds = %loop13
  %63 = add i64 %i, 1
  br label %loop

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %66, %body18 ]
  %64 = icmp slt i64 %i20, 256
  br i1 %64, label %body18, label %done19

body18:                                           ; preds = %loop17
  %65 = getelementptr float, ptr %62, i64 %i20
  store <8 x float> zeroinitializer, ptr %65, align 4
  %66 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %join, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %83, %join ]
  %67 = icmp slt i64 %i24, %batch
  br i1 %67, label %body22, label %done23

body22:                                           ; preds = %loop21
  %68 = mul i64 %i24, 1808
  %69 = add i64 %68, 512
  %70 = getelementptr float, ptr %dacts, i64 %69
  %71 = getelementptr float, ptr %70, i64 %10
  %72 = load float, ptr %71, align 4
  %73 = fmul float %72, %55
  %74 = fcmp une float %73, 0.000000e+00
  br i1 %74, label %then, label %join

done23:                                           ; preds = %loop21
  %75 = add i64 %i16, 1
  br label %loop13

then:                                             ; preds = %body22
  %76 = insertelement <8 x float> undef, float %73, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> undef, <8 x i32> zeroinitializer
  %78 = mul i64 %i16, 256
  %79 = mul i64 %i24, 1808
  %80 = add i64 %79, 0
  %81 = getelementptr float, ptr %acts, i64 %80
  %82 = getelementptr float, ptr %81, i64 %78
  br label %loop25

join:                                             ; preds = %done27, %body22
  %83 = add i64 %i24, 1
  br label %loop21

loop25:                                           ; preds = %body26, %then
  %i28 = phi i64 [ 0, %then ], [ %90, %body26 ]
  %84 = icmp slt i64 %i28, 256
  br i1 %84, label %body26, label %done27

body26:                                           ; preds = %loop25
  %85 = getelementptr float, ptr %62, i64 %i28
  %86 = load <8 x float>, ptr %85, align 4
  %87 = getelementptr float, ptr %82, i64 %i28
  %88 = load <8 x float>, ptr %87, align 4
  %89 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %77, <8 x float> %88, <8 x float> %86)
  store <8 x float> %89, ptr %85, align 4
  %90 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  br label %join

loop29:                                           ; preds = %done47, %done
  %i32 = phi i64 [ %18, %done ], [ %144, %done47 ]
  %91 = icmp slt i64 %i32, %20
  br i1 %91, label %body30, label %done31

body30:                                           ; preds = %loop29
  %92 = sub i64 %i32, 256
  %93 = sdiv i64 %92, 256
  %94 = srem i64 %92, 256
  %95 = add i64 256, %92
  %96 = getelementptr float, ptr %gains, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = icmp slt i64 %92, 4
  store float 0.000000e+00, ptr %2, align 4
  br label %loop33

done31:                                           ; preds = %loop29
  %99 = icmp sgt i64 %u1, 512
  %100 = icmp sle i64 %u0, 512
  %101 = and i1 %100, %99
  br i1 %101, label %then63, label %join64

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %127, %done39 ]
  %102 = icmp slt i64 %i36, %batch
  br i1 %102, label %body34, label %done35

body34:                                           ; preds = %loop33
  %103 = mul i64 %i36, 1808
  %104 = add i64 %103, 1280
  %105 = getelementptr float, ptr %acts, i64 %104
  store float 0.000000e+00, ptr %1, align 4
  br label %loop37

done35:                                           ; preds = %loop33
  %106 = load float, ptr %2, align 4
  %107 = select i1 %98, float %106, float 0.000000e+00
  %108 = getelementptr float, ptr %grads, i64 196624
  br label %loop41

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %118, %body38 ]
  %109 = icmp slt i64 %i40, 1
  br i1 %109, label %body38, label %done39

body38:                                           ; preds = %loop37
  %110 = mul i64 %93, 1
  %111 = add i64 %110, %i40
  %112 = mul i64 %111, 256
  %113 = add i64 %112, %94
  %114 = getelementptr float, ptr %105, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = load float, ptr %1, align 4
  %117 = fadd float %116, %115
  store float %117, ptr %1, align 4
  %118 = add i64 %i40, 1
  br label %loop37

done39:                                           ; preds = %loop37
  %119 = mul i64 %i36, 1808
  %120 = add i64 %119, 1536
  %121 = getelementptr float, ptr %dacts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %92
  %123 = load float, ptr %122, align 4
  %124 = load float, ptr %2, align 4
  %125 = load float, ptr %1, align 4
  %126 = call float @llvm.fmuladd.f32(float %123, float %125, float %124)
  store float %126, ptr %2, align 4
  %127 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %done35
  %i44 = phi i64 [ 0, %done35 ], [ %134, %body42 ]
  %128 = icmp slt i64 %i44, 256
  br i1 %128, label %body42, label %done43

body42:                                           ; preds = %loop41
  %129 = mul i64 %93, 256
  %130 = add i64 %129, %i44
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %94
  %133 = getelementptr float, ptr %108, i64 %132
  store float %107, ptr %133, align 4
  %134 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %135 = getelementptr float, ptr %grads, i64 131088
  %136 = select i1 %98, float %97, float 0.000000e+00
  br label %loop45

loop45:                                           ; preds = %done55, %done43
  %i48 = phi i64 [ 0, %done43 ], [ %156, %done55 ]
  %137 = icmp slt i64 %i48, 1
  br i1 %137, label %body46, label %done47

body46:                                           ; preds = %loop45
  %138 = mul i64 %93, 1
  %139 = add i64 %138, %i48
  %140 = mul i64 %139, 256
  %141 = add i64 %140, %94
  %142 = mul i64 %141, 256
  %143 = getelementptr float, ptr %135, i64 %142
  br label %loop49

done47:                                           ; preds = %loop45
  %144 = add i64 %i32, 1
  br label %loop29

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %147, %body50 ]
  %145 = icmp slt i64 %i52, 256
  br i1 %145, label %body50, label %done51

body50:                                           ; preds = %loop49
  %146 = getelementptr float, ptr %143, i64 %i52
  store <8 x float> zeroinitializer, ptr %146, align 4
  %147 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  br label %loop53

loop53:                                           ; preds = %join58, %done51
  %i56 = phi i64 [ 0, %done51 ], [ %164, %join58 ]
  %148 = icmp slt i64 %i56, %batch
  br i1 %148, label %body54, label %done55

body54:                                           ; preds = %loop53
  %149 = mul i64 %i56, 1808
  %150 = add i64 %149, 1536
  %151 = getelementptr float, ptr %dacts, i64 %150
  %152 = getelementptr float, ptr %151, i64 %92
  %153 = load float, ptr %152, align 4
  %154 = fmul float %153, %136
  %155 = fcmp une float %154, 0.000000e+00
  br i1 %155, label %then57, label %join58

done55:                                           ; preds = %loop53
  %156 = add i64 %i48, 1
  br label %loop45

then57:                                           ; preds = %body54
  %157 = insertelement <8 x float> undef, float %154, i32 0
  %158 = shufflevector <8 x float> %157, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = mul i64 %i48, 256
  %160 = mul i64 %i56, 1808
  %161 = add i64 %160, 1024
  %162 = getelementptr float, ptr %acts, i64 %161
  %163 = getelementptr float, ptr %162, i64 %159
  br label %loop59

join58:                                           ; preds = %done61, %body54
  %164 = add i64 %i56, 1
  br label %loop53

loop59:                                           ; preds = %body60, %then57
  %i62 = phi i64 [ 0, %then57 ], [ %171, %body60 ]
  %165 = icmp slt i64 %i62, 256
  br i1 %165, label %body60, label %done61

body60:                                           ; preds = %loop59
  %166 = getelementptr float, ptr %143, i64 %i62
  %167 = load <8 x float>, ptr %166, align 4
  %168 = getelementptr float, ptr %163, i64 %i62
  %169 = load <8 x float>, ptr %168, align 4
  %170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %158, <8 x float> %169, <8 x float> %167)
  store <8 x float> %170, ptr %166, align 4
  %171 = add i64 %i62, 8
  br label %loop59

done61:                                           ; preds = %loop59
  br label %join58

then63:                                           ; preds = %done31
  store float 0.000000e+00, ptr %0, align 4
  br label %loop65

join64:                                           ; preds = %done67, %done31
  ret void

loop65:                                           ; preds = %done71, %then63
  %i68 = phi i64 [ 0, %then63 ], [ %190, %done71 ]
  %172 = icmp slt i64 %i68, %batch
  br i1 %172, label %body66, label %done67

body66:                                           ; preds = %loop65
  br label %loop69

done67:                                           ; preds = %loop65
  %173 = getelementptr float, ptr %params, i64 131072
  %174 = load float, ptr %173, align 4
  %175 = fcmp ogt float %174, 0.000000e+00
  %176 = fneg float %174
  %177 = select i1 %175, float %176, float %174
  %178 = call float @llvm.exp.f32(float %177)
  %179 = fmul float 3.000000e+00, %178
  %180 = fadd float 1.000000e+00, %179
  %181 = fadd float %178, 3.000000e+00
  %182 = select i1 %175, float %180, float %181
  %183 = fmul float %182, %182
  %184 = fmul float %178, 4.000000e+00
  %185 = fdiv float %184, %183
  %186 = getelementptr float, ptr %grads, i64 131072
  %187 = load float, ptr %0, align 4
  %188 = fmul float %187, %185
  store float %188, ptr %186, align 4
  br label %join64

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %205, %done75 ]
  %189 = icmp slt i64 %i72, 1
  br i1 %189, label %body70, label %done71

body70:                                           ; preds = %loop69
  br label %loop73

done71:                                           ; preds = %loop69
  %190 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %body70
  %i76 = phi i64 [ 0, %body70 ], [ %226, %done79 ]
  %191 = icmp slt i64 %i76, 4
  br i1 %191, label %body74, label %done75

body74:                                           ; preds = %loop73
  %192 = mul i64 %i72, 256
  %193 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i76
  %194 = load i32, ptr %193, align 4
  %195 = sext i32 %194 to i64
  %196 = mul i64 %195, 64
  %197 = add i64 %192, %196
  %198 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i76
  %199 = load i32, ptr %198, align 4
  %200 = sext i32 %199 to i64
  %201 = mul i64 %200, 64
  %202 = add i64 %192, %201
  %203 = mul i64 %i76, 64
  %204 = add i64 %192, %203
  br label %loop77

done75:                                           ; preds = %loop73
  %205 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %body78, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %225, %body78 ]
  %206 = icmp slt i64 %i80, 64
  br i1 %206, label %body78, label %done79

body78:                                           ; preds = %loop77
  %207 = add i64 %202, %i80
  %208 = add i64 %197, %i80
  %209 = add i64 %204, %i80
  %210 = mul i64 %i68, 1808
  %211 = add i64 %210, 768
  %212 = getelementptr float, ptr %acts, i64 %211
  %213 = getelementptr float, ptr %212, i64 %207
  %214 = load float, ptr %213, align 4
  %215 = getelementptr float, ptr %212, i64 %208
  %216 = load float, ptr %215, align 4
  %217 = fsub float %216, %214
  %218 = mul i64 %i68, 1808
  %219 = add i64 %218, 1024
  %220 = getelementptr float, ptr %dacts, i64 %219
  %221 = getelementptr float, ptr %220, i64 %209
  %222 = load float, ptr %221, align 4
  %223 = load float, ptr %0, align 4
  %224 = call float @llvm.fmuladd.f32(float %222, float %217, float %223)
  store float %224, ptr %0, align 4
  %225 = add i64 %i80, 1
  br label %loop77

done79:                                           ; preds = %loop77
  %226 = add i64 %i76, 1
  br label %loop73
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
